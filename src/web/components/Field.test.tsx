import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormError, SelectField, TextField } from './Field.js';

/** The attributes of every `tag` element in the markup, in order. */
function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? ''])),
  );
}

const noop = () => {};

describe('labelled fields', () => {
  it('names the input by its label and reads the hint with it', () => {
    const html = renderToStaticMarkup(
      <TextField
        look="care"
        label="Email"
        hint="For the confirmation"
        type="email"
        value=""
        onChange={noop}
      />,
    );
    const [input] = elements(html, 'input');
    expect(elements(html, 'label')[0]!.for).toBe(input!.id);
    const [hint] = elements(html, 'p');
    expect(input!['aria-describedby']).toBe(hint!.id);
    expect(hint!.class).toBe('care-hint');
    expect(html).toContain('>For the confirmation</p>');
    expect(elements(html, 'div')[0]!.class).toBe('care-field');
  });

  it('points at no hint when there is none', () => {
    const html = renderToStaticMarkup(<TextField look="account" label="Name" value="" onChange={noop} />);
    expect(elements(html, 'input')[0]).not.toHaveProperty('aria-describedby');
    expect(elements(html, 'p')).toHaveLength(0);
  });

  it('gives two fields with the same label different ids', () => {
    const html = renderToStaticMarkup(
      <>
        <TextField look="plain" label="Email" value="" onChange={noop} />
        <TextField look="plain" label="Email" value="" onChange={noop} />
      </>,
    );
    const [a, b] = elements(html, 'input');
    expect(a!.id).not.toBe(b!.id);
    expect(elements(html, 'label').map((l) => l.for)).toEqual([a!.id, b!.id]);
  });

  it('lists extra options before the choices and keeps a fixed id', () => {
    const html = renderToStaticMarkup(
      <SelectField
        look="account"
        id="share-clinic"
        label="Clinic"
        value=""
        onChange={noop}
        options={[{ value: 'c1', label: 'False Creek' }]}
      >
        <option value="">Choose a clinic</option>
      </SelectField>,
    );
    expect(elements(html, 'label')[0]!.for).toBe('share-clinic');
    expect(elements(html, 'select')[0]!.id).toBe('share-clinic');
    expect(elements(html, 'option').map((o) => o.value)).toEqual(['', 'c1']);
    expect(html.indexOf('Choose a clinic')).toBeLessThan(html.indexOf('False Creek'));
  });

  it('keeps the error line in the page while empty, so the text is announced when it comes', () => {
    expect(renderToStaticMarkup(<FormError look="account" text={null} />)).toBe(
      '<p class="account-error" role="alert"></p>',
    );
    expect(renderToStaticMarkup(<FormError look="care" text="Try again" />)).toBe(
      '<p class="care-error" role="alert">Try again</p>',
    );
  });
});
