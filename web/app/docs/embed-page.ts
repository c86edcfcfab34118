// embed-page.ts — the script of docs/embed.html: the page is built only from <stride-lab>
// elements, loaded from the built package exactly as a bundler user would import them.
import 'stridelab/element';
