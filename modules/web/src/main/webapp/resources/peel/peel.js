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
