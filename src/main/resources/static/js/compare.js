// Enhancement only: the compare button counts the ticked options, and a fifth tick is undone with a message
// next to the button. Without JavaScript the compare page keeps the first four and says so.
(function () {
  var form = document.getElementById('compare-options');
  var count = document.getElementById('compare-count');
  var limit = document.getElementById('compare-limit');
  if (!form || !count || !limit) {
    return;
  }
  var MAX = 4;
  function ticked() {
    return form.querySelectorAll('input[name="options"]:checked').length;
  }
  function show() {
    var n = ticked();
    count.textContent = n ? ' (' + n + ')' : '';
  }
  form.addEventListener('change', function (event) {
    var box = event.target;
    if (box.name !== 'options') {
      return;
    }
    if (box.checked && ticked() > MAX) {
      box.checked = false;
      limit.textContent = limit.getAttribute('data-message');
    } else {
      limit.textContent = '';
    }
    show();
  });
  show();
})();
