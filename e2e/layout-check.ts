import { expect, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * What a person would call broken on a screen, found from the rendered page in a real browser:
 * - `overlap`: two visible runs of text print over each other (their Range client rects intersect);
 * - `overflow`: the page scrolls sideways;
 * - `clipped`: text is cut off by an ancestor that hides overflow, without an ellipsis or without
 *   its full text being available (a `title`, `aria-label` or `aria-description` holding it, for
 *   hover and for assistive technology).
 * Text behind an overlay (a dialog, popover or tooltip in one of Fluent's portals) is what the
 * overlay is for, so text covered by another portal's surface does not count as overlapped.
 */
export interface LayoutProblem {
  kind: 'overlap' | 'overflow' | 'clipped';
  detail: string;
}

/** The same tags everywhere: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Runs in the page: plain DOM code, no imports, no closures over Node values. */
function findLayoutProblems(): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const TOLERANCE = 1;
  const root = document.documentElement;
  const pageOverflow = root.scrollWidth - root.clientWidth;
  if (pageOverflow > TOLERANCE) problems.push({ kind: 'overflow', detail: `the page scrolls ${pageOverflow}px sideways at ${root.clientWidth}px` });

  interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const intersect = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const empty = (box: Box) => box.right - box.left <= TOLERANCE || box.bottom - box.top <= TOLERANCE;
  const describe = (element: Element) => {
    const parts: string[] = [];
    for (let node: Element | null = element; node && parts.length < 3; node = node.parentElement) {
      const role = node.getAttribute('role');
      parts.unshift(`${node.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}${node.classList[0] ? `.${node.classList[0]}` : ''}`);
    }
    return parts.join(' > ');
  };

  /** An element that exists to be heard, not seen (the usual 1px clip pattern). */
  const visuallyHidden = (element: Element) => {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return (
      (rect.width <= 1 && rect.height <= 1 && style.overflow !== 'visible') || style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)'
    );
  };

  interface Run {
    node: Text;
    parent: HTMLElement;
    text: string;
    boxes: Box[];
    portal: Element | null;
  }
  const runs: Run[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (text === '' || !parent) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) continue;
    if (parent.closest('script, style, noscript, template')) continue;

    // The visible part of the text: its rects cut by every ancestor that clips (scrollers too).
    const range = document.createRange();
    range.selectNodeContents(node);
    let boxes: Box[] = [...range.getClientRects()]
      .map((rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }))
      .filter((box) => !empty(box));
    if (boxes.length === 0) continue;
    let hidden = false;
    for (let ancestor: Element | null = parent; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
      if (visuallyHidden(ancestor)) {
        hidden = true;
        break;
      }
      const style = getComputedStyle(ancestor);
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      const edge = ancestor.getBoundingClientRect();
      const clip: Box = {
        left: clipsX ? edge.left + ancestor.clientLeft : -Infinity,
        right: clipsX ? edge.left + ancestor.clientLeft + ancestor.clientWidth : Infinity,
        top: clipsY ? edge.top + ancestor.clientTop : -Infinity,
        bottom: clipsY ? edge.top + ancestor.clientTop + ancestor.clientHeight : Infinity,
      };
      // Cut off by an ancestor that hides (not scrolls) its overflow: a defect unless ellipsised and available in full.
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      const cut = boxes.some(
        (box) =>
          (hides(style.overflowX) && (box.left < clip.left - TOLERANCE || box.right > clip.right + TOLERANCE)) ||
          (hides(style.overflowY) && (box.top < clip.top - TOLERANCE || box.bottom > clip.bottom + TOLERANCE)),
      );
      if (cut) {
        const ellipsis = getComputedStyle(parent).textOverflow === 'ellipsis' || style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
        // Behind an open modal dialog the page is aria-hidden and inert: nobody reaches its text
        // until the dialog closes, when it is readable again; only its title is asked for then.
        const modal = document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]');
        const behindModal = modal !== null && !modal.contains(parent) && parent.closest('[data-portal-node]') === null;
        const full =
          (behindModal || parent.closest('[aria-hidden="true"]') === null) &&
          [...ancestorsOf(parent)].some((element) =>
            ['title', 'aria-label', 'aria-description'].some((name) => (element.getAttribute(name) ?? '').replace(/\s+/g, ' ').includes(text)),
          );
        if (!ellipsis || !full) {
          problems.push({
            kind: 'clipped',
            detail: `“${text.slice(0, 60)}” is cut off by ${describe(ancestor)}${ellipsis ? '' : ' without an ellipsis'}${full ? '' : ' and its full text is in no title or label'}`,
          });
        }
      }
      boxes = boxes.map((box) => intersect(box, clip)).filter((box) => !empty(box));
      if (boxes.length === 0) break;
    }
    if (hidden || boxes.length === 0) continue;
    runs.push({ node, parent, text, boxes, portal: parent.closest('[data-portal-node]') });
  }

  function* ancestorsOf(element: Element): Generator<Element> {
    for (let node: Element | null = element; node; node = node.parentElement) yield node;
  }

  /** Whether the run is painted over, at the given point, by a surface of another portal. */
  const coveredAt = (run: Run, x: number, y: number) => {
    for (const element of document.elementsFromPoint(x, y)) {
      if (element === run.parent || element.contains(run.parent)) return false;
      const portal = element.closest('[data-portal-node]');
      if (portal && portal !== run.portal) return true;
    }
    return false;
  };

  // Two runs overlap when a box of one intersects a box of the other by more than a sliver
  // (glyph boxes of stacked lines may touch by a pixel or two).
  const reported = new Set<string>();
  runs.sort((a, b) => Math.min(...a.boxes.map((box) => box.top)) - Math.min(...b.boxes.map((box) => box.top)));
  for (let i = 0; i < runs.length; i++) {
    const a = runs[i]!;
    const aBottom = Math.max(...a.boxes.map((box) => box.bottom));
    for (let j = i + 1; j < runs.length; j++) {
      const b = runs[j]!;
      if (Math.min(...b.boxes.map((box) => box.top)) >= aBottom) break;
      for (const boxA of a.boxes) {
        for (const boxB of b.boxes) {
          const both = intersect(boxA, boxB);
          const height = both.bottom - both.top;
          const width = both.right - both.left;
          const minHeight = Math.min(boxA.bottom - boxA.top, boxB.bottom - boxB.top);
          if (width <= 2 || height <= Math.max(2, minHeight * 0.3)) continue;
          const x = (both.left + both.right) / 2;
          const y = (both.top + both.bottom) / 2;
          if (coveredAt(a, x, y) || coveredAt(b, x, y)) continue;
          const key = `${a.text}|${b.text}`;
          if (reported.has(key)) continue;
          reported.add(key);
          problems.push({
            kind: 'overlap',
            detail: `“${a.text.slice(0, 40)}” (${describe(a.parent)}) overlaps “${b.text.slice(0, 40)}” (${describe(b.parent)}) by ${Math.round(width)}×${Math.round(height)}px`,
          });
        }
      }
    }
  }
  return problems;
}

/** The page's main frame and every frame shown in it (an embedded dialog); hidden helper frames are skipped. */
async function visibleFrames(page: Page): Promise<Frame[]> {
  const frames: Frame[] = [page.mainFrame()];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.isDetached()) continue;
    const element = await frame.frameElement().catch(() => null);
    if (element && (await element.isVisible())) frames.push(frame);
  }
  return frames;
}

const frameLabel = (page: Page, frame: Frame) => (frame === page.mainFrame() ? '' : `[frame ${frame.url()}] `);

/** The layout problems on the page as it is now, in the page and each frame shown in it. */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  const problems: LayoutProblem[] = [];
  for (const frame of await visibleFrames(page)) {
    for (const problem of await frame.evaluate(findLayoutProblems)) problems.push({ ...problem, detail: frameLabel(page, frame) + problem.detail });
  }
  return problems;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  nodes: { target: unknown[] }[];
}
type AxeWindow = { axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } };

/**
 * axe's violations on the page and each frame shown in it, as `rule: targets` lines. axe-core is
 * put into each document once and then run directly: @axe-core/playwright's analyze() injects it
 * into every frame anew on each call, about ten times slower, and this suite runs axe ~100 times.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const lines: string[] = [];
  for (const frame of await visibleFrames(page)) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
    const violations = await frame.evaluate(
      async (tags) => {
        const { axe } = window as unknown as AxeWindow;
        if (!axe) throw new Error('axe-core did not load');
        // Fluent's focus sentinels (tabster's `data-tabster-dummy` elements) are focusable and
        // aria-hidden by design: they only catch Tab at the edges of a trap, tab list or other focus
        // group and pass focus on at once, and are never read. Nothing else is excluded.
        const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.map(String).join(' ')) }));
      },
      [...AXE_TAGS],
    );
    for (const violation of violations) lines.push(`${frameLabel(page, frame)}${violation.id}: ${violation.targets.join(', ')}`);
  }
  return lines;
}

/** The layout problems and axe violations on the screen as it is now, as lines; `axe: false` skips axe. */
export async function screenProblems(page: Page, options: { axe?: boolean } = {}): Promise<{ layout: string[]; axe: string[] }> {
  const layout = (await layoutProblems(page)).map((problem) => `${problem.kind}: ${problem.detail}`);
  return { layout, axe: options.axe === false ? [] : await axeViolations(page) };
}

/** Fails the test softly (it goes on and reports every screen's problems) with the problems found on `name`. */
export function reportProblems(name: string, problems: { layout: string[]; axe: string[] }): void {
  expect.soft(problems.layout, `layout of ${name}`).toEqual([]);
  expect.soft(problems.axe, `axe on ${name}`).toEqual([]);
}

/**
 * The layout check and axe on the screen as it is now; fails the test (softly) with everything
 * found, labelled with `name` (say which screen, width, theme and language). `axe: false` runs
 * only the layout check.
 */
export async function checkScreen(page: Page, name: string, options: { axe?: boolean } = {}): Promise<void> {
  reportProblems(name, await screenProblems(page, options));
}
