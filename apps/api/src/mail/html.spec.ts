import { html } from './html';

describe('html', () => {
  it('escapes every interpolated value', () => {
    const name = '<script>alert("x")</script> & co';
    expect(html`<p>${name}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>');
  });

  it('nests fragments and lists without escaping them twice', () => {
    const items = ['a<b', 'c'].map((i) => html`<li>${i}</li>`);
    // prettier-ignore
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });
});
