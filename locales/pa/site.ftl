### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = ਨਿਸ਼ਾਨੀਆਂ ਪਛਾਣੋ। ਮਦਦ ਲਓ।
# Heading of the language picker.
site-picker-heading = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
# The link to the article page.
nav-article = ਪੜ੍ਹੋ
# The link to the printable flyer.
nav-flyer = ਪੋਸਟਰ
# The link to the sheet of wallet cards.
nav-cards = ਜੇਬ ਕਾਰਡ
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = ਅਜੇ ਤਿਆਰ ਨਹੀਂ

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = ਇਹ ਲਿਖਤ ਅਜੇ ਖਰੜਾ ਹੈ। ਪੰਜਾਬੀ ਮਾਂ-ਬੋਲੀ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
# The link back to the language picker.
site-languages = ਹੋਰ ਭਾਸ਼ਾਵਾਂ
# A button that prints the page.
site-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ
# The last line of every page.
site-footer = ਕਾਪੀ ਕਰਨ, ਪ੍ਰਿੰਟ ਕਰਨ ਅਤੇ ਸਾਂਝਾ ਕਰਨ ਲਈ ਮੁਫ਼ਤ।
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = ਜਲਦੀ ਬਾਹਰ ਨਿਕਲੋ
