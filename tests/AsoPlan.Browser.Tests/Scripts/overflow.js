// Nothing may stick out sideways: the page must not scroll horizontally, and a table wider than the screen must
// sit in its own horizontally scrolling container (Bootstrap's .table-responsive).
() => {
  const problems = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  const label = el => `<${el.tagName.toLowerCase()}${el.id ? ' id="' + el.id + '"' : ''}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}>`;
  const scroller = el => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const x = getComputedStyle(a).overflowX;
      if (x === 'auto' || x === 'scroll') return a;
    }
    return null;
  };
  const clipped = el => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.clip !== 'auto' && s.clip !== '' || s.clipPath !== 'none') return true;
      if (s.position === 'fixed' && a !== el) return false;
    }
    return false;
  };

  if (root.scrollWidth > width) {
    problems.push(`the page scrolls horizontally at ${width} CSS px: scrollWidth ${root.scrollWidth} > clientWidth ${width}`);
  }

  const sticking = [...document.body.querySelectorAll('*')].filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && r.right > width + 1 && !scroller(el) && !clipped(el)
      && getComputedStyle(el).visibility !== 'hidden';
  });
  const outermost = sticking.filter(el => !sticking.includes(el.parentElement));
  for (const el of outermost.slice(0, 8)) {
    const r = el.getBoundingClientRect();
    problems.push(`${label(el)} reaches ${Math.round(r.right)} px, past the ${width} px screen`);
  }

  for (const table of document.querySelectorAll('table')) {
    const r = table.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && !scroller(table)) {
      problems.push(`table ${label(table)} is ${Math.round(r.width)} px wide and not inside a scrolling container (.table-responsive)`);
    }
  }
  return problems;
}
