// The preview's only script: language tabs whose choice every page remembers (localStorage),
// and the index's search over operation names. Without it, every language's sample is shown.
;(function () {
  'use strict'
  var STORAGE_KEY = 'openapi-codegen-preview.language'

  function storedLanguage() {
    try {
      return window.localStorage.getItem(STORAGE_KEY)
    } catch (error) {
      return null // storage refused (a private window, a policy): tabs still work on the page
    }
  }

  function storeLanguage(language) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language)
    } catch (error) {
      // as above: the choice is then kept for this page only
    }
  }

  /** Shows `language` in every tab group of the page that has it; a group without it keeps its tab. */
  function showLanguage(language) {
    var groups = document.querySelectorAll('.tabs')
    for (var g = 0; g < groups.length; g++) {
      var tabs = groups[g].querySelectorAll('[role="tab"]')
      var panels = groups[g].querySelectorAll('[role="tabpanel"]')
      var chosen = null
      for (var t = 0; t < tabs.length; t++) if (tabs[t].getAttribute('data-language') === language) chosen = language
      if (chosen === null) {
        var current = groups[g].querySelector('[role="tab"][aria-selected="true"]') || tabs[0]
        if (!current) continue
        chosen = current.getAttribute('data-language')
      }
      for (var i = 0; i < tabs.length; i++) {
        var selected = tabs[i].getAttribute('data-language') === chosen
        tabs[i].setAttribute('aria-selected', selected ? 'true' : 'false')
        tabs[i].tabIndex = selected ? 0 : -1
      }
      for (var p = 0; p < panels.length; p++) panels[p].hidden = panels[p].getAttribute('data-language') !== chosen
    }
  }

  function setUpTabs() {
    document.documentElement.classList.add('tabs-ready')
    showLanguage(storedLanguage())
    document.addEventListener('click', function (event) {
      var tab = event.target.closest && event.target.closest('[role="tab"][data-language]')
      if (!tab) return
      var language = tab.getAttribute('data-language')
      storeLanguage(language)
      showLanguage(language)
    })
  }

  function setUpSearch() {
    var input = document.getElementById('search')
    if (!input) return
    var entries = document.querySelectorAll('[data-search]')
    var groups = document.querySelectorAll('section.group')
    var noResults = document.getElementById('no-results')
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean)
      var shown = 0
      for (var e = 0; e < entries.length; e++) {
        var text = entries[e].getAttribute('data-search')
        var matches = words.every(function (word) { return text.indexOf(word) !== -1 })
        entries[e].hidden = !matches
        if (matches) shown++
      }
      for (var g = 0; g < groups.length; g++) groups[g].hidden = groups[g].querySelector('[data-search]:not([hidden])') === null
      if (noResults) noResults.hidden = shown > 0
    })
  }

  setUpTabs()
  setUpSearch()
})()
