### Site-wide text: page titles, the language picker, navigation and notices.
### It appears on every page: in the browser tab, at the top and at the bottom.

## The language picker (the first page a visitor sees) and the links
## to each language's documents. Each language's own labels are shown
## next to its name, so keep them to one or two words.

# The campaign's name: the browser tab and the top of every page.
site-title = Reconnaissez les signes. Demandez de l’aide.
# Heading of the language picker.
site-picker-heading = Choisissez votre langue
# The link to the article page.
nav-article = Lire
# The link to the printable flyer.
nav-flyer = Affiche
# The link to the sheet of wallet cards.
nav-cards = Cartes de poche
# Shown instead of a link when a document is not ready in a language yet.
nav-not-ready = Pas encore disponible

## Notices at the top or bottom of pages.

# Shown on every page of a language whose text no native speaker has checked yet.
site-draft-notice = Ce texte est un brouillon. Une personne dont le français est la langue maternelle ne l’a pas encore vérifié.
# The link back to the language picker.
site-languages = Autres langues
# A button that prints the page.
site-print = Imprimer cette page
# The last line of every page.
site-footer = Vous pouvez librement copier, imprimer et partager ce contenu.
# A bar at the top of every page for someone who may be watched: one tap
# replaces the page with a neutral website (a search engine). Keep it short
# (about 22 characters at most, one line on a phone) and calm; a shorter
# everyday equivalent such as "Leave now" is fine.
site-quick-exit = Quitter rapidement
