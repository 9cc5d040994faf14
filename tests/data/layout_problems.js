// Run by tests/test_browser_pages.py in the page: a list of layout problems, empty when fine.
// Elements sticking out of the viewport that are not inside a focusable scroll container, table
// cells holding fewer than three characters a line (a place name one character wide), and text in
// a weight the CJK font lacks (wqy-microhei has one weight: 600 gave regular Chinese, bold digits).
(() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const scrolls = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll"].includes(style.overflowX)) return node;
    }
    return null;
  };
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    const container = scrolls(el);
    if (!container) problems.push(`overflow: <${el.tagName.toLowerCase()} class="${el.className}">`);
    else if (container.tabIndex < 0) problems.push(`scroll container without tabindex: <${container.tagName.toLowerCase()} class="${container.className}" id="${container.id}">`);
  }
  for (const cell of document.querySelectorAll("th, td")) {
    const text = cell.innerText.replace(/\s+/g, "");
    if (text.length < 4 || cell.getClientRects().length === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const style = getComputedStyle(cell);
    const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
    const lines = Math.max(1, Math.round(range.getBoundingClientRect().height / lineHeight));
    if (text.length / lines < 3) problems.push(`squeezed cell: ${text.slice(0, 20)} (${lines} lines)`);
  }
  for (const el of document.body.querySelectorAll("*")) {
    const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const weight = getComputedStyle(el).fontWeight;
    if (hasText && !["400", "700"].includes(weight)) problems.push(`font-weight ${weight}: <${el.tagName.toLowerCase()}>`);
  }
  return problems;
})
