#!/usr/bin/env bash
# Lighthouse (mobile preset, the CLI default) on the home, results and a therapy page, with Debian's Chromium.
# Start the app first (./mvnw spring-boot:run), then: bench/lighthouse.sh [base-url]
# Scores are recorded by hand in docs/quality.md; the JSON reports go to bench/results/ (not committed).
set -euo pipefail
cd "$(dirname "$0")"
BASE_URL=${1:-http://localhost:8080}
CHROME=${CHROME_PATH:-/usr/bin/chromium}
if [ ! -x node_modules/.bin/lighthouse ]; then
  npm install --no-save --no-audit --no-fund lighthouse@12 >/dev/null
fi
mkdir -p results
pages=(
  "home:/"
  "results:/options?hr=positive&her2=zero&biomarker=ESR1&menopause=post"
  "therapy:/therapies/trastuzumab-deruxtecan"
)
for entry in "${pages[@]}"; do
  name=${entry%%:*}
  path=${entry#*:}
  CHROME_PATH=$CHROME node_modules/.bin/lighthouse "$BASE_URL$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="results/lighthouse-$name.json"
  node -e "const r=require('./results/lighthouse-$name.json');const c=r.categories;console.log('$name', Object.keys(c).map(k=>k+'='+c[k].score).join(' '))"
done
