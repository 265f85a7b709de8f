### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = 신호를 알아보세요. 도움을 받으세요.
# Heading of the language picker.
site-picker-heading = 언어를 고르세요
# The link to the article page.
nav-article = 읽기
# The link to the printable flyer.
nav-flyer = 전단지
# The link to the sheet of wallet cards.
nav-cards = 지갑 카드
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = 아직 준비 중

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = 이 글은 초안이에요. 아직 한국어 원어민이 검토하지 않았어요.
# The link back to the language picker.
site-languages = 다른 언어
# A button that prints the page.
site-print = 이 페이지 인쇄
# The last line of every page.
site-footer = 무료로 복사하고, 인쇄하고, 나눌 수 있어요.
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = 빠르게 나가기
