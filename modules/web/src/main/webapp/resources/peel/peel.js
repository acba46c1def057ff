/* Keyboard use of result lists: after a search the first result has the focus; the arrow keys move
   between results; Enter opens the one in focus (it is a link). */
var peel = peel || {};
peel.results = function () {
  return Array.prototype.slice.call(document.querySelectorAll('a.peel-result'));
};
peel.focusFirstResult = function () {
  var results = peel.results();
  if (results.length) {
    results[0].focus();
  }
};
document.addEventListener('keydown', function (event) {
  var results = peel.results();
  var at = results.indexOf(document.activeElement);
  if (at < 0) {
    return;
  }
  if (event.key === 'Enter') {
    /* The results table listens for Enter itself; open the person before it does. */
    event.preventDefault();
    event.stopPropagation();
    window.location.href = results[at].href;
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
    return;
  }
  var next = event.key === 'ArrowDown' ? Math.min(at + 1, results.length - 1) : Math.max(at - 1, 0);
  results[next].focus();
  event.preventDefault();
}, true);
document.addEventListener('DOMContentLoaded', peel.focusFirstResult);

/* The date pickers' calendar buttons: PrimeFaces names them "Choose Date" while their (hidden) text says
   "ui-button", so a speech user's "click Choose Date" and a screen reader disagree (WCAG 2.5.3). The name and
   the text are made one, on every picker, also those drawn later by ajax. */
peel.dateButtonName = 'Choose a date from the calendar';
peel.nameDateButtons = function () {
  document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
    if (button.getAttribute('aria-label') !== peel.dateButtonName) {
      button.setAttribute('aria-label', peel.dateButtonName);
    }
    var text = button.querySelector('.ui-button-text');
    if (text && text.textContent !== peel.dateButtonName) {
      text.textContent = peel.dateButtonName;
    }
  });
};
new MutationObserver(peel.nameDateButtons).observe(document.documentElement, {childList: true, subtree: true});
