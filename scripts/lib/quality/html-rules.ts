/**
 * html-validate rules of our own for what the W3C Nu validator reports and html-validate's built-in rules let
 * through: markup after `</html>`, and `<style>` outside `<head>`.
 */
import { Rule, type Plugin, type RuleDocumentation } from 'html-validate';

/** Nothing may follow `</html>`: the Nu validator calls such an element a stray start tag. */
class NoContentAfterHtml extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'Nothing may follow the closing </html> tag; move the element inside <body> or <head>.' };
  }
  override setup(): void {
    let closed = false;
    this.on('tag:end', (event) => {
      if (event.previous.tagName === 'html') closed = true;
    });
    this.on('tag:start', (event) => {
      if (closed)
        this.report(
          event.target,
          `<${event.target.tagName}> comes after </html>; move it inside <body> (a stray start tag to the Nu validator).`,
          event.location,
        );
    });
  }
}

/** `<style>` belongs in `<head>` (or a `<noscript>` there): in `<body>` the Nu validator reports it. */
class StyleInHead extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A <style> element must be inside <head>.' };
  }
  override setup(): void {
    this.on('tag:start', (event) => {
      const el = event.target;
      if (el.tagName !== 'style' || el.closest('head')) return;
      this.report(el, '<style> is outside <head>; the Nu validator allows it only in <head>.', event.location);
    });
  }
}

/** The plugin: both rules, on in its `recommended` preset. */
export const siteHtmlRules: Plugin = {
  name: 'site',
  rules: { 'site/no-content-after-html': NoContentAfterHtml, 'site/style-in-head': StyleInHead },
  configs: {
    recommended: { rules: { 'site/no-content-after-html': 'error', 'site/style-in-head': 'error' } },
  },
};
