// Page theme for every demo page: follows the system, or what the reader picked with the header
// button (kept in localStorage), or `?theme=light|dark` in the URL (used for screenshots).
// <news-timeline> elements follow the page unless they carry `data-own-theme`.

const STORAGE_KEY = 'news-timeline-demo-theme';
const CHOICES = ['auto', 'light', 'dark'];
const LABELS = { auto: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice() {
  const fromUrl = new URLSearchParams(location.search).get('theme');
  if (CHOICES.includes(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return CHOICES.includes(stored) ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

let choice = storedChoice();

/** `light` or `dark`: what the page shows now. */
export function resolvedTheme() {
  if (choice !== 'auto') return choice;
  return systemDark.matches ? 'dark' : 'light';
}

/** Gives `timeline` the page's theme (for elements created after the page loaded). */
export function followPageTheme(timeline) {
  if (!timeline.hasAttribute('data-own-theme')) timeline.setAttribute('theme', resolvedTheme());
}

function apply() {
  const root = document.documentElement;
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
  for (const timeline of document.querySelectorAll('news-timeline')) followPageTheme(timeline);
  const button = document.querySelector('.theme-toggle');
  if (button) button.textContent = LABELS[choice];
}

function markCurrentPage() {
  const here = new URL(location.href);
  for (const link of document.querySelectorAll('.site-nav a')) {
    const target = new URL(link.getAttribute('href'), here);
    const same = target.pathname.replace(/index\.html$/, '') === here.pathname.replace(/index\.html$/, '');
    if (same) link.setAttribute('aria-current', 'page');
  }
}

document.querySelector('.theme-toggle')?.addEventListener('click', () => {
  choice = CHOICES[(CHOICES.indexOf(choice) + 1) % CHOICES.length];
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  apply();
});
systemDark.addEventListener('change', apply);
markCurrentPage();
apply();
