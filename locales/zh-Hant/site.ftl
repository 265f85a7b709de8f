### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = 認清跡象。尋求幫助。
# Heading of the language picker.
site-picker-heading = 選擇您的語言
# The link to the article page.
nav-article = 閱讀
# The link to the printable flyer.
nav-flyer = 傳單
# The link to the sheet of wallet cards.
nav-cards = 錢包卡
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = 尚未完成

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = 這段文字是草稿。還沒有中文母語人士檢查過。
# The link back to the language picker.
site-languages = 其他語言
# A button that prints the page.
site-print = 列印本頁
# The last line of every page.
site-footer = 歡迎免費複製、列印和分享。
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = 快速離開
