### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Palatandaan ng pang-aabuso
    .details = Mga pasa, sugat o iba pang palatandaan ng karahasan. Maaaring mukhang kontrolado o pinipilit ang tao.
red-flag-fear = Takot
    .details = Mukhang takot, kinakabahan o sobrang masunurin ang tao, lalo na kapag malapit ang mangangalakal ng tao. Baka hindi ka niya matingnan sa mata.
red-flag-isolation = Inilayo sa pamilya at mga kaibigan
    .details = Inilalayo siya ng mangangalakal ng tao sa mga taong puwedeng tumulong sa kanya.
red-flag-moving = Madalas inililipat
    .details = Madalas inililipat ang tao mula sa isang lugar papunta sa iba, o mula sa isang lungsod papunta sa iba.
red-flag-documents = Hawak ng iba ang ID niya
    .details = Iba ang may hawak ng kanyang pasaporte o ID card.
red-flag-speech = Hindi malayang makapagsalita
    .details = Hindi pinapayagan ang tao na magsalita para sa sarili niya, o natatakot siyang gawin ito.
red-flag-story = Kuwentong hindi tugma
    .details = Nagbabago ang mga sagot niya, o parang kabisado. Baka may nagsabi sa kanya kung ano ang sasabihin.
red-flag-companion = Mas matandang kasamang kumokontrol
    .details = Laging nasa malapit ang isang mas matandang kasama. Siya ang nagpapasya para sa tao: kung ano ang gagawin nito at kung sino ang kakausapin nito.
red-flag-substances = Droga o alak
    .details = Mukhang umaasa ang tao sa droga o alak. Ginagamit ito ng mga mangangalakal ng tao para kontrolin ang mga tao.
red-flag-minor = Bata o tinedyer sa komersyal na seks
    .details = Biktima ng pangangalakal ng tao ang sinumang wala pang 18 taong gulang na nasa komersyal na seks. Hindi kailangan ng puwersa.
