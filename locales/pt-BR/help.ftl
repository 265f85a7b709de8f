### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = Linha Direta Nacional contra o Tráfico de Pessoas

## Section "Get help" on the article page.

help-heading = Peça ajuda
help-call = Ligue para a { -hotline-name } no número { -hotline-phone }.
help-hours = Funciona 24 horas por dia, 7 dias por semana.
help-free = O atendimento é gratuito e confidencial.
help-languages = Você pode falar em inglês, em espanhol ou em mais de 200 outros idiomas, com a ajuda de um intérprete.
help-not-police = A linha de ajuda não é a polícia nem a imigração. Não faz parte do governo. Ajuda todas as pessoas, qualquer que seja a sua situação migratória.
help-privacy-limit = A linha de ajuda mantém em sigilo o que você diz. Mas ela avisa as autoridades se achar que uma criança está sofrendo abuso ou que alguém pode ser ferido em breve.
help-text = Mande HELP ou INFO por mensagem de texto para o { -hotline-text }. As mensagens de texto funcionam só em inglês e em espanhol.
help-tty = Para pessoas surdas, que ouvem pouco ou que têm deficiência de fala: ligue para o { -hotline-tty } (serviço de retransmissão).
help-web = Converse pelo chat ou mande uma mensagem no site: { -hotline-website }
help-emergency = Se alguém estiver em perigo neste momento, ligue para o { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = Fique em segurança
help-safety-phone = Alguém pode olhar o seu celular. Depois de ligar ou mandar mensagem, talvez você queira apagar a ligação ou a mensagem do celular.
help-safety-leaving = Ir embora pode ser perigoso. A linha de ajuda pode ajudar você a fazer um plano de segurança.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = Ligue grátis, 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = Mande HELP por mensagem para o { -hotline-text }. Escreva em inglês ou espanhol
short-emergency = Em perigo agora? Ligue para o { -emergency-phone }.
short-facts = Grátis. Sigiloso. No seu idioma. Não é polícia. Não é imigração.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = Eu falo:
