### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = संकेत चिन्नुहोस्। सहयोग लिनुहोस्।
# Heading of the language picker.
site-picker-heading = आफ्नो भाषा छान्नुहोस्
# The link to the article page.
nav-article = पढ्नुहोस्
# The link to the printable flyer.
nav-flyer = पर्चा
# The link to the sheet of wallet cards.
nav-cards = वालेट कार्ड
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = अझै तयार छैन

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = यो अनुवाद अझै मस्यौदा हो। नेपाली मातृभाषा भएका कसैले यसलाई अझै जाँचेको छैन।
# The link back to the language picker.
site-languages = अरू भाषाहरू
# A button that prints the page.
site-print = यो पाना प्रिन्ट गर्नुहोस्
# The last line of every page.
site-footer = यसलाई निःशुल्क कपी गर्न, प्रिन्ट गर्न र बाँड्न पाइन्छ।
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = छिटो निस्कनुहोस्
