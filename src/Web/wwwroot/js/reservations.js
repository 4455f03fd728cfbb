// Progressive enhancement of the booking pages; without JavaScript every form still posts.
// "Suivi des réservations": a print button.
document.querySelectorAll(".print-button").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
