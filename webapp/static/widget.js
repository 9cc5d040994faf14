/* 法治政府建设年度报告 search widget: dependency-free, one open shadow root per element carrying
 * data-report-search. Talks only to HOST's public JSON API (/api/search); never reads or writes
 * the host page outside its own elements; no inline styles or scripts, no innerHTML.
 * The server fills in the markers below when it serves this file (see webapp/widget.py). */
(function () {
  'use strict';

  var TYPE_LABELS = /*@TYPE_LABELS@*/ {};
  var CSS_TEXT = /*@CSS_TEXT@*/ '';
  var CSS_PATH = /*@CSS_PATH@*/ 'widget.css';
  var FILTERS = ['year', 'province', 'city', 'region', 'type'];
  var DEBOUNCE_MS = 250;
  var DEFAULT_SIZE = 5;
  var MAX_SIZE = 100; // the API's limit
  var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

  // Captured now: document.currentScript is null once this run is over (and for async scripts
  // in some engines), so fall back to the <script> whose src names this file.
  var script = document.currentScript || findOwnScript();
  var BASE = script ? script.src.replace(/widget(\.[\w-]+)?\.js([?#].*)?$/, '') : '';
  var sharedSheet = null;
  var widgetCount = 0;

  function findOwnScript() {
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/widget(\.[\w-]+)?\.js([?#].*)?$/.test(scripts[i].src)) return scripts[i];
    }
    return null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function adoptStyles(root) {
    var constructable = 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype;
    if (constructable) {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(CSS_TEXT);
      }
      root.adoptedStyleSheets = [sharedSheet];
    } else {
      var link = el('link');
      link.rel = 'stylesheet';
      link.href = BASE + CSS_PATH;
      root.appendChild(link);
    }
  }

  // The fixed filters from data-* attributes: {name: [values]}; commas separate several values.
  function readFilters(host) {
    var filters = {};
    FILTERS.forEach(function (name) {
      var raw = host.getAttribute('data-' + name);
      var values = raw ? raw.split(/[,，]/).map(function (v) { return v.trim(); }).filter(Boolean) : [];
      if (values.length) filters[name] = values;
    });
    return filters;
  }

  function queryString(query, filters, size) {
    var params = new URLSearchParams();
    if (query) params.append('q', query);
    Object.keys(filters).forEach(function (name) {
      filters[name].forEach(function (value) { params.append(name, value); });
    });
    if (size) params.append('size', size);
    return params.toString();
  }

  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, function (whole, name) {
      if (name.charAt(0) !== '#') return ENTITIES[name.toLowerCase()] || whole;
      var code = name.charAt(1).toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }

  // snippet_html is escaped text with <mark> around matches. Rebuild it from text nodes and our
  // own <mark> elements only: any other tag is dropped, so nothing from the API becomes markup.
  function snippetFragment(html) {
    var fragment = document.createDocumentFragment();
    var mark = null;
    String(html || '').split(/(<[^>]*>)/).forEach(function (piece) {
      var tag = /^<(\/?)mark\s*>$/i.exec(piece);
      if (tag) {
        mark = tag[1] ? null : fragment.appendChild(el('mark'));
      } else if (piece && piece.charAt(0) !== '<') {
        (mark || fragment).appendChild(document.createTextNode(decodeEntities(piece)));
      }
    });
    return fragment;
  }

  function safeUrl(url, fallback) {
    // The API's links are root-relative unless the server has a BASE_URL: they point at HOST,
    // the script's own server, not at the page embedding the widget.
    try {
      var resolved = new URL(url || '', BASE || undefined);
      return /^https?:$/i.test(resolved.protocol) ? resolved.href : fallback;
    } catch (error) {
      return fallback;
    }
  }

  function scopeText(filters) {
    var parts = [];
    Object.keys(filters).forEach(function (name) {
      filters[name].forEach(function (v) { parts.push(name === 'type' ? TYPE_LABELS[v] || v : v); });
    });
    return parts.length ? '检索范围：' + parts.join(' · ') : '';
  }

  function buildView(root, host, id) {
    var box = root.appendChild(el('div', 'box'));
    box.setAttribute('part', 'box');
    var bar = box.appendChild(el('div', 'bar'));
    bar.setAttribute('role', 'search');
    var input = bar.appendChild(el('input'));
    input.type = 'search';
    input.placeholder = host.getAttribute('data-placeholder') || '搜索法治政府建设年度报告';
    input.setAttribute('aria-label', host.getAttribute('data-label') || '搜索法治政府建设年度报告');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-list');
    input.setAttribute('part', 'input');
    input.autocomplete = 'off';
    input.enterKeyHint = 'search';
    var scope = box.appendChild(el('p', 'scope'));
    var status = box.appendChild(el('p', 'status'));
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var list = box.appendChild(el('ol'));
    list.id = id + '-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', '搜索结果');
    list.hidden = true;
    var more = box.appendChild(el('a', 'more'));
    more.hidden = true;
    return { input: input, scope: scope, status: status, list: list, more: more };
  }

  function resultItem(hit, id, target) {
    // The link itself is the option: a link inside an option would be nested interactive content.
    var item = el('li');
    item.setAttribute('role', 'none');
    var link = item.appendChild(el('a'));
    link.id = id;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.href = safeUrl(hit.url, BASE + 'reports/' + encodeURIComponent(hit.report_id) + '#' + encodeURIComponent(hit.section_id));
    link.tabIndex = -1;
    if (target) {
      link.target = target;
      link.rel = 'noopener';
    }
    link.appendChild(el('span', 'title', hit.title));
    var meta = link.appendChild(el('span', 'meta', [hit.region, hit.year].filter(Boolean).join(' · ')));
    if (hit.type) meta.appendChild(el('span', 'tag', TYPE_LABELS[hit.type] || hit.type));
    if (hit.heading) link.title = hit.heading;
    link.appendChild(el('span', 'snippet')).appendChild(snippetFragment(hit.snippet_html));
    return item;
  }

  function mount(host) {
    if (host.shadowRoot) return; // mounted already (the script was included twice)
    var root = host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    var id = 'report-search-' + ++widgetCount;
    var view = buildView(root, host, id);
    var filters = readFilters(host);
    var size = Math.min(parseInt(host.getAttribute('data-size'), 10) || DEFAULT_SIZE, MAX_SIZE);
    var target = host.getAttribute('data-target');
    var state = { seq: 0, timer: 0, composing: false, active: -1, controller: null, shown: '' };
    view.scope.textContent = scopeText(filters);

    function setActive(index) {
      var items = view.list.querySelectorAll('[role=option]');
      if (state.active >= 0 && items[state.active]) items[state.active].setAttribute('aria-selected', 'false');
      state.active = index;
      if (index >= 0 && items[index]) {
        items[index].setAttribute('aria-selected', 'true');
        view.input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      } else {
        view.input.removeAttribute('aria-activedescendant');
      }
    }

    function showList(open) {
      view.list.hidden = !open || !view.list.children.length;
      view.input.setAttribute('aria-expanded', String(!view.list.hidden));
      if (view.list.hidden) setActive(-1);
    }

    function clearResults() {
      state.seq++; // anything still in flight is stale now
      if (state.controller) state.controller.abort();
      state.shown = '';
      view.list.textContent = '';
      view.status.textContent = '';
      view.more.hidden = true;
      showList(false);
    }

    function render(query, data) {
      view.list.textContent = '';
      (data.hits || []).forEach(function (hit, i) {
        view.list.appendChild(resultItem(hit, id + '-r' + i, target));
      });
      state.active = -1;
      state.shown = query;
      view.status.textContent = data.total ? '共 ' + data.total + ' 条结果' : '没有找到与“' + query + '”相关的内容';
      view.more.href = BASE + 'search?' + queryString(query, filters, 0);
      view.more.textContent = '在完整搜索页查看全部结果 →';
      view.more.hidden = !data.total;
      if (target) view.more.target = target;
      showList(true);
    }

    function search() {
      clearTimeout(state.timer);
      var query = view.input.value.trim();
      if (!query) return clearResults();
      if (query === state.shown) return showList(true);
      var seq = ++state.seq;
      if (state.controller) state.controller.abort();
      var controller = window.AbortController ? new AbortController() : null;
      state.controller = controller;
      var url = BASE + 'api/search?' + queryString(query, filters, size);
      fetch(url, { signal: controller && controller.signal, credentials: 'omit' })
        .then(function (response) {
          // A proxy's HTML error page is not JSON: report the status instead.
          return response.json().catch(function () { return {}; }).then(function (data) {
            if (!response.ok || !data.hits) throw new Error(data.error || 'HTTP ' + response.status);
            return data;
          });
        })
        .then(function (data) {
          if (seq === state.seq) render(query, data); // only the latest query renders
        })
        .catch(function (error) {
          if (seq !== state.seq || (error && error.name === 'AbortError')) return;
          state.shown = '';
          view.status.textContent = '搜索出错：' + (error && error.message ? error.message : '请稍后再试');
        });
    }

    function schedule() {
      clearTimeout(state.timer);
      state.timer = setTimeout(search, DEBOUNCE_MS);
    }

    function onKey(event) {
      if (event.isComposing || state.composing || event.keyCode === 229) return; // the IME owns these keys
      var count = view.list.hidden ? 0 : view.list.children.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!count) return;
        event.preventDefault();
        // -1 is the input itself: moving past either end comes back to it
        var next = state.active + (event.key === 'ArrowDown' ? 1 : -1);
        setActive(next >= count ? -1 : next < -1 ? count - 1 : next);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        var item = count && state.active >= 0 ? view.list.children[state.active] : null;
        if (item) item.querySelector('[role=option]').click();
        else search();
      } else if (event.key === 'Escape') {
        if (!view.list.hidden) showList(false);
        else if (view.input.value) {
          view.input.value = '';
          clearResults();
        } else return;
        event.preventDefault();
      }
    }

    view.input.addEventListener('compositionstart', function () {
      state.composing = true;
      clearTimeout(state.timer);
    });
    view.input.addEventListener('compositionend', function () {
      state.composing = false;
      schedule();
    });
    view.input.addEventListener('input', function (event) {
      if (!state.composing && !event.isComposing) schedule();
    });
    view.input.addEventListener('keydown', onKey);
    view.input.addEventListener('focus', function () { showList(true); });

    var initial = host.getAttribute('data-query');
    if (initial) {
      view.input.value = initial;
      search();
    }
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-report-search]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
