// WCAG 2.5.8 Target Size (Minimum): a target is at least 24×24 CSS px, or a 24 px circle centred on it touches no
// other target and no other undersized target's circle. Links inside a sentence are exempt (inline exception).
() => {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
  const label = el => `<${el.tagName.toLowerCase()}${el.id ? ' id="' + el.id + '"' : ''}${el.getAttribute('href') ? ' href="' + el.getAttribute('href') + '"' : ''}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}> «${(el.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 40)}»`;
  const visible = el => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && Number(s.opacity) > 0;
  };
  const targets = [...document.querySelectorAll(selector)].filter(visible);

  const inSentence = el => {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    let text = block.textContent || '';
    for (const t of block.querySelectorAll(selector)) text = text.replace(t.textContent || '', '');
    return text.replace(/[\s|/・、。,.:：()（）「」-]/g, '').length >= 2;
  };

  const boxes = targets.map(el => {
    const r = el.getBoundingClientRect();
    return { el, r, cx: r.left + r.width / 2, cy: r.top + r.height / 2, small: (r.width < 24 || r.height < 24) && !inSentence(el) };
  });
  const distanceToRect = (x, y, r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

  const problems = [];
  for (const b of boxes.filter(b => b.small)) {
    const crowded = boxes.find(o => o !== b && !o.el.contains(b.el) && !b.el.contains(o.el) && (
      distanceToRect(b.cx, b.cy, o.r) < 12 || (o.small && Math.hypot(b.cx - o.cx, b.cy - o.cy) < 24)));
    if (crowded) {
      problems.push(`tap target ${label(b.el)} is ${Math.round(b.r.width)}×${Math.round(b.r.height)} px and too close to ${label(crowded.el)}`);
    }
  }
  return problems;
}
