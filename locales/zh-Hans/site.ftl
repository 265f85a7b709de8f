### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = 认清迹象。寻求帮助。
# Heading of the language picker.
site-picker-heading = 选择您的语言
# The link to the article page.
nav-article = 阅读
# The link to the printable flyer.
nav-flyer = 传单
# The link to the sheet of wallet cards.
nav-cards = 钱包卡
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = 暂未完成

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = 这段文字是草稿。还没有中文母语人士检查过。
# The link back to the language picker.
site-languages = 其他语言
# A button that prints the page.
site-print = 打印本页
# The last line of every page.
site-footer = 可以免费复制、打印和分享。
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = 快速离开
