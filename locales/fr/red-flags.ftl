### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Signes de violence
    .details = Bleus, blessures ou autres signes de violence. La personne peut sembler contrôlée ou forcée.
red-flag-fear = Peur
    .details = La personne semble avoir peur, être nerveuse ou trop obéissante, surtout près de son exploiteur. Elle ne vous regarde peut-être pas dans les yeux.
red-flag-isolation = Sans contact avec sa famille et ses amis
    .details = L’exploiteur tient la personne loin des gens qui pourraient l’aider.
red-flag-moving = Déplacements fréquents
    .details = On déplace souvent la personne, d’un endroit à l’autre ou d’une ville à l’autre.
red-flag-documents = Aucun contrôle sur ses papiers
    .details = Quelqu’un d’autre garde son passeport ou sa carte d’identité.
red-flag-speech = Ne peut pas parler librement
    .details = La personne n’a pas le droit de parler pour elle-même, ou elle a peur de le faire.
red-flag-story = Une histoire qui ne colle pas
    .details = Ses réponses changent, ou semblent apprises par cœur. Quelqu’un lui a peut-être dit quoi dire.
red-flag-companion = Une personne plus âgée qui contrôle
    .details = Quelqu’un de plus âgé reste tout près, et décide de ce que fait la personne et de ceux à qui elle parle.
red-flag-substances = Drogue ou alcool
    .details = La personne semble dépendante de la drogue ou de l’alcool. Les exploiteurs s’en servent pour contrôler les gens.
red-flag-minor = Enfant ou ado dans le commerce du sexe
    .details = Une personne de moins de 18 ans dans le commerce du sexe est victime de traite. Il n’y a pas besoin de force.
