// Short news articles in the languages the element reads (written for this demo). They are read in
// the element's language (`lang`), which the playground's language picker sets.

export const LANGUAGE_SAMPLES = [
  {
    id: 'es-metro',
    lang: 'es',
    name: 'Español: la nueva línea de metro',
    referenceDate: '2024-03-15',
    text: `El Ayuntamiento de Valencia aprobó ayer el proyecto de la nueva línea 12 de metro, que unirá el puerto con el aeropuerto.

Las obras comenzarán en septiembre y durarán al menos tres años, según explicó el alcalde en rueda de prensa. El primer tramo se abrirá en 2026.

La idea nació en 2011, pero la crisis económica paralizó el proyecto durante casi una década. El pasado lunes, el consejo de administración de la empresa pública dio su visto bueno al presupuesto.

Los vecinos podrán presentar alegaciones hasta el 30 de abril. La consejera de Movilidad visitará las obras el próximo jueves.`,
  },
  {
    id: 'de-bahn',
    lang: 'de',
    name: 'Deutsch: Bahnstrecke gesperrt',
    referenceDate: '2024-06-12',
    text: `Die Bahnstrecke zwischen Hamburg und Berlin bleibt nach dem Unwetter vom Wochenende bis Freitag gesperrt. Das teilte die Deutsche Bahn am Dienstag mit.

Am Sonntagabend waren mehrere Bäume auf die Oberleitung gestürzt. Fernzüge werden seit Montag über Stendal umgeleitet und brauchen rund eine Stunde länger.

Die Strecke war erst im Dezember 2023 nach einer fünfmonatigen Generalsanierung wieder eröffnet worden. Der Fahrgastverband kritisierte, dass die Bahn schon im Frühjahr vor Sturmschäden gewarnt worden sei.

Der Verkehrsminister wird am 20. Juni im Bundestag dazu Stellung nehmen.`,
  },
  {
    id: 'fr-musee',
    lang: 'fr',
    name: 'Français : réouverture d’un musée',
    referenceDate: '2024-10-08',
    text: `Le musée des Beaux-Arts de Lyon rouvrira ses portes le 15 novembre, après deux ans de travaux, a annoncé la mairie lundi.

Fermé depuis octobre 2022, le bâtiment a été entièrement rénové pour un coût de 38 millions d’euros. La façade, datant du XVIIe siècle, a été restaurée l’été dernier.

Une première exposition consacrée aux peintres lyonnais du XIXe siècle sera présentée jusqu’en mars 2025. Les billets seront mis en vente la semaine prochaine.

Le projet avait été lancé en 2019 par l’ancienne équipe municipale.`,
  },
  {
    id: 'ru-most',
    lang: 'ru',
    name: 'Русский: открытие моста',
    referenceDate: '2024-09-02',
    text: `Новый мост через Волгу в Твери открыли для движения в воскресенье, сообщила вчера пресс-служба правительства области.

Строительство началось в мае 2021 года и должно было завершиться ещё прошлой осенью. Старый мост закроют на ремонт 1 октября.

Губернатор заявил, что в следующем году рядом с мостом появится новая набережная. Первые автобусы пойдут по мосту в понедельник.

Проект моста был утверждён в 2018 году.`,
  },
];
