/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a guide page while it renders, for the components its tags render. */
    guide?: {
      /** Id of the salary data set the guide shows. */
      salaryData: string;
      /** Source ids in citation order: `<Cite>` numbers come from here. */
      citations: string[];
    };
    /** Set once a page has rendered the calculator: its ids and URL settings allow one per page. */
    calculator?: boolean;
  }
}
