### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = লক্ষণ চিনুন। সাহায্য নিন।
# Heading of the language picker.
site-picker-heading = আপনার ভাষা বেছে নিন
# The link to the article page.
nav-article = পড়ুন
# The link to the printable flyer.
nav-flyer = পোস্টার
# The link to the sheet of wallet cards.
nav-cards = পকেট কার্ড
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = এখনো তৈরি নয়

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = এই লেখাটি একটি খসড়া। বাংলা যাঁর মাতৃভাষা, এমন কেউ এখনো এটি যাচাই করেননি।
# The link back to the language picker.
site-languages = অন্য ভাষা
# A button that prints the page.
site-print = এই পাতাটি প্রিন্ট করুন
# The last line of every page.
site-footer = বিনামূল্যে কপি, প্রিন্ট ও শেয়ার করা যাবে।
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = দ্রুত বেরিয়ে যান
