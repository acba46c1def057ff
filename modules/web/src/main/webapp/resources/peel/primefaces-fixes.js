/* Fixes to PrimeFaces 15.0.13's widgets, on every page (the shell template loads this after PrimeFaces).

   The drop-down list (SelectOneMenu) remembered which item was chosen before it opened only when its
   opening animation had finished. An item clicked before then (a quick click, or a slow machine) threw
   "Cannot read properties of undefined (reading 'index')" and the choice was silently lost: the form
   then said "the sex is required" although the officer had chosen one. Remember it as the list starts
   to open instead. */
(function () {
  if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.SelectOneMenu) {
    return;
  }
  var menu = PrimeFaces.widget.SelectOneMenu.prototype;
  var open = menu._show;
  menu._show = function () {
    this.preShowValue = this.options.filter(':selected');
    return open.apply(this, arguments);
  };
}());
