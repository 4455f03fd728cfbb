// Progressive enhancement: shows upload progress for forms marked data-upload-progress.
// Without JavaScript the form posts normally.
document.querySelectorAll("form[data-upload-progress]").forEach((form) => {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const progress = form.querySelector("progress");
    const button = form.querySelector("button[type=submit]");
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) {
        progress.hidden = false;
        progress.value = Math.round((e.loaded / e.total) * 100);
      }
    });
    request.addEventListener("load", () => { window.location.href = request.responseURL; });
    request.addEventListener("error", () => {
      button.disabled = false;
      alert("L'envoi a échoué. Vérifiez votre connexion et réessayez.");
    });
    button.disabled = true;
    request.send(new FormData(form));
  });
});
