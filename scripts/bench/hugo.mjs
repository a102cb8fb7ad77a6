// The Hugo reference site: the same corpus as plain Markdown, the same page kinds (a page per
// document with its metadata table and text, the library list, a page per facet value), in two
// languages. Layouts are deliberately close to ours in what they print, not in how they look.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const config = `baseURL = "https://heza.gov.vn/"
defaultContentLanguage = "vi"
defaultContentLanguageInSubdir = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  doctype = "doctypes"
  issuer = "issuers"
  status = "statuses"
  year = "years"
[languages.vi]
  languageName = "Tiếng Việt"
  contentDir = "content/vi"
  weight = 1
[languages.en]
  languageName = "English"
  contentDir = "content/en"
  weight = 2
[markup.goldmark.renderer]
  unsafe = true
`;

const layouts = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
</head>
<body><a href="#main">Skip</a><header><nav>{{ range .Site.Home.AllTranslations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</nav></header>
<main id="main" data-pagefind-body>{{ block "main" . }}{{ end }}</main>
<footer>Ban Quản lý Khu kinh tế Hải Phòng</footer></body></html>
`,
  '_default/single.html': `{{ define "main" }}<nav aria-label="breadcrumb"><a href="{{ .Site.Home.RelPermalink }}">Home</a> › {{ .Params.number }}</nav>
<article><h1>{{ .Title }}</h1>
<table><tbody>
<tr><th>Number</th><td>{{ .Params.number }}</td></tr>
<tr><th>Type</th><td>{{ range .GetTerms "doctypes" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</td></tr>
<tr><th>Issuer</th><td>{{ range .GetTerms "issuers" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</td></tr>
<tr><th>Issued</th><td><time datetime="{{ .Params.issued }}">{{ .Date.Format "02/01/2006" }}</time></td></tr>
<tr><th>Effective</th><td>{{ .Params.effective }}</td></tr>
<tr><th>Status</th><td>{{ range .GetTerms "statuses" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</td></tr>
<tr><th>Subjects</th><td>{{ delimit .Params.subjects "; " }}</td></tr>
</tbody></table>
<h2>Summary</h2><p>{{ .Params.summary }}</p>
<h2>Relations</h2><ul>{{ range .Params.relations }}<li>{{ .type }}: <a href="../{{ .target }}/">{{ .target }}</a></li>{{ end }}</ul>
<h2>Text</h2><div class="prose">{{ .Content }}</div>
<h2>Sources</h2><ul>{{ range .Params.sources }}<li>{{ .title }}</li>{{ end }}</ul>
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ range .Pages.GroupByParam "docType" }}<section><h3>{{ .Key }} ({{ len .Pages }})</h3><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.number }}</a> – {{ .Title }} <time>{{ .Params.issued }}</time></li>{{ end }}
</ul></section>{{ end }}{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  '_default/term.html': `{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }}</p><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.number }}</a> – {{ .Title }} <time>{{ .Params.issued }}</time></li>{{ end }}
</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Title }}</h1><p><a href="legal/">Legal</a></p>{{ end }}
`,
};

/** Writes config.toml and layouts/ into `dir` (content goes to dir/content/{vi,en}/legal). */
export function writeHugoSite(dir) {
  writeFileSync(join(dir, 'config.toml'), config);
  for (const [path, text] of Object.entries(layouts)) {
    const full = join(dir, 'layouts', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
