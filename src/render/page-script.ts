/**
 * The page's one script, on a page with sections: it shows the print button (hidden, so a reader without scripts sees no
 * button that does nothing) and makes it print. It holds no value from the policy, so it is the
 * same bytes on every page and the Content-Security-Policy pins it by hash like the stylesheet.
 */
export const pageScript =
  '(function(){var b=document.getElementById("print-page");if(!b)return;b.hidden=false;b.addEventListener("click",function(){window.print();});})();';

/**
 * The SHA-256 of pageScript, base64, written out for the same reason as pageStyleSha256;
 * tests/unit/render/html-page.test.ts computes it from the page and fails when they differ.
 */
export const pageScriptSha256 = '944qPFDAWZdgYnvOeeeJ3RUtFI7nhtZe3sg6QTJpeYY=';
