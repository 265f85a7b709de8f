### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = Señales de abuso
    .details = Moretones, heridas u otras señales de violencia. La persona puede parecer controlada u obligada.
red-flag-fear = Miedo
    .details = La persona parece tener miedo, estar nerviosa o ser demasiado obediente, sobre todo cerca del tratante. Tal vez no te mire a los ojos.
red-flag-isolation = Sin contacto con familia y amistades
    .details = El tratante mantiene a la persona lejos de quienes podrían ayudarla.
red-flag-moving = Traslados frecuentes
    .details = A la persona la llevan con frecuencia de un lugar a otro o de una ciudad a otra.
red-flag-documents = No controla sus documentos
    .details = Otra persona guarda su pasaporte o su identificación.
red-flag-speech = No puede hablar libremente
    .details = A la persona no la dejan hablar por sí misma, o le da miedo hacerlo.
red-flag-story = Una historia que no cuadra
    .details = Sus respuestas cambian o parecen aprendidas de memoria. Tal vez alguien le dijo qué decir.
red-flag-companion = Alguien mayor que controla
    .details = Alguien de más edad siempre está cerca. Decide lo que hace la persona y con quién habla.
red-flag-substances = Drogas o alcohol
    .details = La persona parece depender de las drogas o del alcohol. Los tratantes usan drogas y alcohol para controlar a las personas.
red-flag-minor = Menor de edad en el comercio sexual
    .details = Una persona menor de 18 años en el comercio sexual es víctima de trata. No hace falta que haya fuerza.
