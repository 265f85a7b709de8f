### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Sinais de abuso
    .details = Manchas roxas, feridas ou outros sinais de violência. A pessoa pode parecer controlada ou forçada.
red-flag-fear = Medo
    .details = A pessoa parece ter medo, estar nervosa ou ser obediente demais, principalmente perto do traficante de pessoas. Ela pode evitar olhar você nos olhos.
red-flag-isolation = Sem contato com família e amigos
    .details = O traficante de pessoas mantém a pessoa longe de quem poderia ajudá-la.
red-flag-moving = Deslocamentos frequentes
    .details = A pessoa é levada com frequência de um lugar para outro, ou de uma cidade para outra.
red-flag-documents = Não controla os próprios documentos
    .details = Outra pessoa guarda o passaporte ou o documento de identidade dela.
red-flag-speech = Não pode falar livremente
    .details = A pessoa não tem permissão para falar por si mesma, ou tem medo de falar.
red-flag-story = Uma história que não bate
    .details = As respostas dela mudam, ou parecem decoradas. Alguém pode ter dito a ela o que falar.
red-flag-companion = Alguém mais velho no controle
    .details = Alguém mais velho fica sempre por perto e decide o que a pessoa faz e com quem ela fala.
red-flag-substances = Drogas ou álcool
    .details = A pessoa parece depender de drogas ou de álcool. Os traficantes de pessoas usam isso para controlar as pessoas.
red-flag-minor = Criança ou adolescente no comércio sexual
    .details = Uma pessoa com menos de 18 anos no comércio sexual é vítima de tráfico de pessoas. Não é preciso que haja força.
