import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type HtmlNode, htmlFragmentToText, htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('separates blocks with a blank line where textContent would glue them', () => {
    expect(htmlToText('<div><p>A test launch by North Korea</p><p>Sunday, July 27</p></div>')).toBe(
      'A test launch by North Korea\n\nSunday, July 27',
    );
  });

  it('runs inline elements on and collapses source white space', () => {
    expect(htmlToText('<p>The  <b>navy</b>\n   ordered <a href="#">two   ships</a><span>.</span></p>')).toBe(
      'The navy ordered two ships.',
    );
    expect(htmlToText('<p><em>Mine</em>hunters</p>')).toBe('Minehunters');
  });

  it('breaks at headings, list items, blockquotes, figure captions, sections and br', () => {
    const html =
      '<section><h2>Deliveries</h2><ul><li>Two frigates</li><li>Four helicopters</li></ul>' +
      '<blockquote>A quote</blockquote><figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>' +
      '<p>Line one<br>Line two</p></section><footer>Footer</footer>';
    expect(htmlToText(html)).toBe(
      'Deliveries\n\nTwo frigates\n\nFour helicopters\n\nA quote\n\nA caption\n\nLine one\n\nLine two\n\nFooter',
    );
  });

  it('puts each table row on its own paragraph, cells a space apart', () => {
    const html = '<table><tr><th>System</th><th>Units</th></tr><tr><td>Radar</td><td>4</td></tr></table>';
    expect(htmlToText(html)).toBe('System Units\n\nRadar 4');
  });

  it('ignores script, style, noscript and template, and the head of a whole page', () => {
    const html =
      '<html><head><title>Page title</title><style>p { color: red }</style></head><body>' +
      '<p>Before</p><script>var slot = "AD-SLOT-1";</script><noscript>Enable JS</noscript>' +
      '<template><p>Template text</p></template><p>After</p></body></html>';
    const text = htmlToText(html);
    expect(text).toBe('Before\n\nAfter');
  });

  it('decodes entities through the DOM', () => {
    expect(htmlToText('<p>Radar &amp; sonar &#8212; &ldquo;quoted&rdquo; caf&eacute;</p>')).toBe(
      'Radar & sonar — “quoted” café',
    );
  });

  it('keeps line breaks inside pre', () => {
    expect(htmlToText('<p>Table:</p><pre>Item   Qty\nTank    44</pre>')).toBe(
      'Table:\n\nItem   Qty\nTank    44',
    );
  });

  it('gives one break for nested blocks and none at the ends', () => {
    expect(htmlToText('<div><div><p>One</p></div></div><div><section><p>Two</p></section></div>')).toBe(
      'One\n\nTwo',
    );
  });

  it('reads a fragment with text outside any element, and an empty string', () => {
    expect(htmlToText('Loose text <b>bold</b><p>Block</p>tail')).toBe('Loose text bold\n\nBlock\n\ntail');
    expect(htmlToText('')).toBe('');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const depth = 20_000;
    expect(htmlToText(`${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`)).toBe('deep text');
  });
});

describe('htmlFragmentToText', () => {
  it('reads a node of an already parsed document', () => {
    const { document } = parseHTML(
      '<html><body><nav>Menu</nav><article><p>First</p><p>Second</p></article></body></html>',
    );
    const article = document.querySelector('article') as unknown as HtmlNode;
    expect(htmlFragmentToText(article)).toBe('First\n\nSecond');
  });
});
