// Progressive enhancement for every page (no inline scripts: the CSP forbids them).
// Phones: the main menu collapses behind the "Menu" button. Without JavaScript the button stays hidden and the menu open.
document.querySelectorAll("[data-df-menu-toggle]").forEach((button) => {
  const menu = document.getElementById(button.getAttribute("aria-controls"));
  menu.classList.add("collapse");
  button.hidden = false;
  button.addEventListener("click", () => {
    const open = menu.classList.toggle("show");
    button.setAttribute("aria-expanded", String(open));
  });
});

// Selects marked data-df-autosubmit send their form when changed (the form keeps a submit button for keyboards and no-JS).
document.querySelectorAll("select[data-df-autosubmit]").forEach((select) => {
  select.addEventListener("change", () => select.form.requestSubmit());
});

// A form that came back with errors: focus the first field in error (the summary stays at the top).
const firstInvalid = document.querySelector("main [aria-invalid=true]");
if (firstInvalid) {
  firstInvalid.focus();
}

// Printable pages ("Suivi des réservations", "Historique"): a print button, hidden without JavaScript.
document.querySelectorAll(".print-button").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
