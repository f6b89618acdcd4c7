// Enhancement only: show the Print buttons and open the browser's print dialog. Without JavaScript the
// page is still printable from the browser menu.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
