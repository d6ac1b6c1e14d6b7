# Sourced by bench/run: the article's /compute servers (1e10 additions), one request each.
metric "article compute.js /compute (s)" 1 article-compute.js compute
metric "article fork_app.js /compute (s)" 1 article-compute.js fork-compute
