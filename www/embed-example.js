// The host page's own script for embed.html: feeds the third element from
// JavaScript. A host's code only needs the element's public methods.
const button = document.getElementById('load-js');
button.addEventListener('click', async () => {
  const files = ['coastline-daily.txt', 'northern-sentinel.txt'];
  const articles = await Promise.all(files.map(async (name) => ({ name, text: await (await fetch(`demo/${name}`)).text() })));
  await customElements.whenDefined('parallax-compare');
  const result = await document.getElementById('from-js').setArticles(articles);
  button.textContent = result ? `Compared ${result.articles.length} articles` : 'Comparison failed';
});
