// Progressive enhancement for the library's pages. Everything works without this file: filters and sort
// have an Apply button, "show more" is a <details>. With it: filters apply as they are ticked, long facet
// lists can be filtered by typing, and the search box suggests titles, countries, topics and types.
(function () {
  'use strict';

  var SUGGEST_DELAY_MS = 150;
  var SUGGEST_MIN_CHARS = 2;
  var SUGGEST_COUNT = 8;

  document.documentElement.classList.add('js');

  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function submit(form) {
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  // Ticking a facet value or choosing a sort order applies it at once. The control keeps the focus across
  // the reload, so a keyboard user goes on from where they were.
  var FOCUS_KEY = 'library.focus';
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.hasAttribute && target.hasAttribute('data-autosubmit') && target.form) {
      try {
        sessionStorage.setItem(FOCUS_KEY, target.id);
      } catch (e) { /* storage disabled: focus starts at the top */ }
      submit(target.form);
    }
  });
  try {
    var focusId = sessionStorage.getItem(FOCUS_KEY);
    sessionStorage.removeItem(FOCUS_KEY);
    var focused = focusId && document.getElementById(focusId);
    if (focused) {
      var details = focused.closest('details');
      if (details) {
        details.open = true;
      }
      focused.focus();
    }
  } catch (e) { /* storage disabled */ }

  // Empty fields (a year box left blank, the default sort) stay out of the address, which stays short and
  // bookmarkable; the server reads an absent field and an empty one alike.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.method.toLowerCase() !== 'get') {
      return;
    }
    Array.prototype.forEach.call(form.elements, function (element) {
      if (element.name && element.value === '' && !element.disabled) {
        element.disabled = true;
      }
    });
    // Re-enabled after the browser has read the form, so "back" shows it as it was.
    setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (element) { element.disabled = false; });
    }, 0);
  });

  // A box above a long facet list hides the values whose label does not contain what is typed.
  function filterList(input) {
    var group = input.closest('fieldset');
    var typed = fold(input.value);
    var items = Array.prototype.slice.call(group.querySelectorAll('li.facet__value'));
    var own = new Map(items.map(function (li) {
      return [li, typed === '' || fold(li.getAttribute('data-label')).indexOf(typed) >= 0];
    }));
    items.forEach(function (li) {
      var parent = li.parentElement.closest('li.facet__value');
      var descendants = Array.prototype.slice.call(li.querySelectorAll('li.facet__value'));
      li.hidden = !(own.get(li) || (parent && own.get(parent)) ||
        descendants.some(function (d) { return own.get(d); }));
    });
    group.querySelectorAll('details').forEach(function (details) {
      if (typed !== '') {
        details.open = true;
      }
    });
  }

  document.querySelectorAll('input[data-filter-list]').forEach(function (input) {
    input.addEventListener('input', function () { filterList(input); });
  });

  // Autocomplete on the search box (WAI-ARIA combobox with a listbox popup).
  var input = document.querySelector('input[data-suggest]');
  var list = document.getElementById('suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var endpoint = input.getAttribute('data-suggest');
  var form = input.form;
  var suggestions = [];
  var active = -1;
  var timer = null;
  var pending = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'suggestions');
  list.setAttribute('role', 'listbox');
  // The page names each kind of suggestion in its own language.
  var KINDS = JSON.parse(list.getAttribute('data-kinds') || '{}');

  function close() {
    list.hidden = true;
    list.textContent = '';
    suggestions = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', 'suggestion-' + index);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(suggestion) {
    if (suggestion.kind === 'title') {
      window.location.href = '/documents/' + encodeURIComponent(suggestion.value);
      return;
    }
    var params = new URLSearchParams(new FormData(form));
    params.delete('q');
    params.delete('page');
    params.append(suggestion.kind, suggestion.value);
    window.location.href = '/?' + params.toString();
  }

  function show(items) {
    close();
    suggestions = items.slice(0, SUGGEST_COUNT);
    if (suggestions.length === 0) {
      return;
    }
    suggestions.forEach(function (suggestion, i) {
      var li = document.createElement('li');
      li.id = 'suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'suggestions__item';
      var text = document.createElement('span');
      text.textContent = suggestion.text;
      var kind = document.createElement('span');
      kind.className = 'suggestions__kind';
      kind.textContent = KINDS[suggestion.kind] || suggestion.kind;
      li.appendChild(text);
      li.appendChild(kind);
      // mousedown, not click: it comes before the input loses focus and closes the list.
      li.addEventListener('mousedown', function (event) {
        event.preventDefault();
        choose(suggestion);
      });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function fetchSuggestions() {
    var typed = input.value.trim();
    if (typed.length < SUGGEST_MIN_CHARS) {
      close();
      return;
    }
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    var lang = form.querySelector('input[name="lang"]');
    var url = endpoint + '?q=' + encodeURIComponent(typed) + (lang ? '&lang=' + encodeURIComponent(lang.value) : '');
    fetch(url, { signal: pending.signal, headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (data) {
        if (input.value.trim() === typed && document.activeElement === input) {
          show(Array.isArray(data) ? data : (data.suggestions || []));
        }
      })
      .catch(function () { /* no suggestions: the search box still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, SUGGEST_DELAY_MS);
  });

  input.addEventListener('keydown', function (event) {
    if (list.hidden) {
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', close);
}());

// The review queue: "select all" ticks every value; Enter in a correction corrects that value (without
// JavaScript, Enter would press the form's first button).
(function () {
  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    var form = all.form;
    all.addEventListener('change', function () {
      form.querySelectorAll('input[type="checkbox"][name="' + all.dataset.selectAll + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
  document.querySelectorAll('.review-queue input[type="text"]').forEach(function (input) {
    input.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter') {
        return;
      }
      event.preventDefault();
      var button = input.parentNode.querySelector('button[value^="correct:"]');
      if (input.value.trim() !== '' && button) {
        button.click();
      }
    });
  });
})();
