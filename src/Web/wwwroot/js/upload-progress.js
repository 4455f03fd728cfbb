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
    // The answer is the fiche page again; the same address (two uploads in a row) must still reload it.
    request.addEventListener("load", () => {
      if (request.responseURL === window.location.href) {
        window.location.reload();
      } else {
        window.location.assign(request.responseURL);
      }
    });
    request.addEventListener("error", () => {
      button.disabled = false;
      alert("L'envoi a échoué. Vérifiez votre connexion et réessayez.");
    });
    button.disabled = true;
    request.send(new FormData(form));
  });
});
