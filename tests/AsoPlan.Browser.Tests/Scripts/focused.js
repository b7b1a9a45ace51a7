// The element that has keyboard focus now, and whether a sighted keyboard user can see it.
() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  const transparent = c => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
  const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
  const mainTarget = (() => {
    const href = el.getAttribute('href') || '';
    if (!href.startsWith('#') || href.length < 2) return null;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return 'missing';
    return target.tagName === 'MAIN' || target.getAttribute('role') === 'main' ? 'main' : target.tagName.toLowerCase();
  })();
  return {
    description: `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ' href="' + el.getAttribute('href') + '"' : ''}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}> «${(el.innerText || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 40)}»`,
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute('href'),
    mainTarget,
    visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
      && s.visibility !== 'hidden' && Number(s.opacity) > 0,
    indicator: outline || shadow,
    style: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`,
  };
}
