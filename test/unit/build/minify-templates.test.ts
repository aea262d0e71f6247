import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplates } from '../../../scripts/minify-templates.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons, commas and after colons', () => {
    const text = `
      /* why */
      :host {
        color: rgba(0, 0, 0, 0.5);
        font-family: system-ui, sans-serif;
      }
      a,
      b > c { margin: 0 0 1px; }
    `;
    expect(minifyCss(text)).toBe(':host{color:rgba(0,0,0,0.5);font-family:system-ui,sans-serif}a,b > c{margin:0 0 1px}');
  });

  it('keeps the spaces that mean something: descendant combinators, calc, media queries, !important', () => {
    expect(minifyCss('a :hover { width: calc(1px + 2px) !important; }')).toBe('a :hover{width:calc(1px + 2px) !important}');
    expect(minifyCss('@media screen and (max-width: 26rem) { a { x: y } }')).toBe('@media screen and (max-width:26rem){a{x:y}}');
  });

  it('leaves strings and escapes as written', () => {
    expect(minifyCss(`a { content: '  ;  /* } */'; b: "\\"  ,"; }`)).toBe(`a{content:'  ;  /* } */';b:"\\"  ,"}`);
    expect(minifyCss('.a\\ b { x: y }')).toBe('.a\\ b{x:y}');
  });
});

describe('minifyHtml', () => {
  it('makes each run of whitespace in text and between attributes one space, and none before >', () => {
    const text = `
      <p part="a"
         class="b"
      >
        <span>1</span>
        <span>2</span>
      </p>`;
    expect(minifyHtml(text)).toBe(' <p part="a" class="b"> <span>1</span> <span>2</span> </p>');
  });

  it('leaves attribute values, comments, and the space before /> as written', () => {
    expect(minifyHtml(`<a title="x\n   y"  data-b='  c  '>  <!--  d  --></a>`)).toBe(`<a title="x\n   y" data-b='  c  '> <!--  d  --></a>`);
    expect(minifyHtml('<input\n  @change=${x}\n  />')).toBe('<input @change=${x} />');
  });

  it('leaves a template alone where whitespace is kept', () => {
    const text = '<div>\n  <pre>  a\n  b</pre>\n</div>';
    expect(minifyHtml(text)).toBe(text);
  });
});

describe('minifyTemplates (the rollup plugin)', () => {
  async function bundled(code: string): Promise<string> {
    const entry = { name: 'entry', resolveId: (id: string) => (id === '/src/entry.ts' ? id : null), load: (id: string) => (id === '/src/entry.ts' ? code : null) };
    const build = await rollup({ input: '/src/entry.ts', external: ['lit'], plugins: [entry, minifyTemplates()], onwarn: () => {} });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  }

  it("minifies lit's css and html templates, also under another name, around their expressions", async () => {
    const code = await bundled(
      "import { css as style, html } from 'lit';\n" +
        'const x = 1;\n' +
        'export const a = style`\n  :host {\n    color: red;\n    ${x}\n  }\n`;\n' +
        'export const b = html`\n  <p\n    title=${x}\n  >\n    ${x}\n  </p>\n`;\n',
    );
    expect(code).toContain('`:host{color:red;${x}}`');
    expect(code).toContain('` <p title=${x}> ${x} </p> `');
  });

  it('leaves templates with a tag of the same name from elsewhere as they are', async () => {
    const code = await bundled("const css = (s) => s;\nexport const a = css`\n  a {  b: c; }\n`;\n");
    expect(code).toContain('css`\n  a {  b: c; }\n`');
  });
});
