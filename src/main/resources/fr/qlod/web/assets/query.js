// The query page's editor: YASGUI on this server's /sparql, the sample queries as examples.
// Without YASGUI (a build that could not install it) the page keeps its plain form.
(function () {
  "use strict";
  var holder = document.getElementById("yasgui");
  if (!holder || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(holder.getAttribute("data-endpoint"), window.location.href).href;
  var form = document.getElementById("query-form");
  var initial = document.getElementById("query-text").value;
  var yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null
  });
  var tab = yasgui.getTab();
  tab.setQuery(initial);
  form.hidden = true;
  holder.setAttribute("data-ready", "true");
  var links = document.querySelectorAll("#samples a[data-sample]");
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", function (event) {
      event.preventDefault();
      var text = this.parentNode.querySelector("template").content.textContent;
      yasgui.getTab().setQuery(text);
      yasgui.getTab().query();
      holder.scrollIntoView();
    });
  }
})();
