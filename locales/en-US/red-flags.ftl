### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Signs of abuse
    .details = Bruises, wounds or other signs of violence. The person may seem controlled or forced.
red-flag-fear = Fear
    .details = The person seems afraid, nervous or too obedient, most of all near the trafficker. They may not look you in the eye.
red-flag-isolation = Cut off from family and friends
    .details = The trafficker keeps the person away from the people who could help them.
red-flag-moving = Moved often
    .details = The person is moved often, from place to place or from city to city.
red-flag-documents = No control of their ID
    .details = Someone else keeps their passport or ID card.
red-flag-speech = Cannot speak freely
    .details = The person is not allowed to speak for themselves, or is afraid to.
red-flag-story = A story that does not fit
    .details = Their answers change, or sound practiced. Someone may have told them what to say.
red-flag-companion = An older person in control
    .details = An older companion stays close and decides what the person does and who they talk to.
red-flag-substances = Drugs or alcohol
    .details = The person seems to depend on drugs or alcohol. Traffickers use them to control people.
red-flag-minor = A child or teen in commercial sex
    .details = A person under 18 in commercial sex is a victim of trafficking. No force is needed.
