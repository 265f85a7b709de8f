### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = संकेत पहचानें। मदद लें।
# Heading of the language picker.
site-picker-heading = अपनी भाषा चुनें
# The link to the article page.
nav-article = पढ़ें
# The link to the printable flyer.
nav-flyer = पर्चा
# The link to the sheet of wallet cards.
nav-cards = वॉलेट कार्ड
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = अभी तैयार नहीं

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = यह अनुवाद अभी एक मसौदा है। जिनकी मातृभाषा हिन्दी है, ऐसे किसी व्यक्ति ने अभी इसकी जाँच नहीं की है।
# The link back to the language picker.
site-languages = दूसरी भाषाएँ
# A button that prints the page.
site-print = यह पेज प्रिंट करें
# The last line of every page.
site-footer = इसे मुफ़्त में कॉपी, प्रिंट और शेयर करें।
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = जल्दी बाहर निकलें
