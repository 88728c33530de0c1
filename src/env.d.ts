/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a guide page while it renders, for the guide components it renders. */
    guide?: {
      /** Id of the salary data set the guide shows. */
      salaryData: string;
      /** Source ids in citation order: `<Cite>` numbers come from here. */
      citations: string[];
      /** How many times each source has been cited so far on the page: each citation's anchor takes the next. */
      cited: Map<string, number>;
    };
    /** Set once a page has rendered the calculator: its ids and URL settings allow one per page. */
    calculator?: boolean;
  }
}
