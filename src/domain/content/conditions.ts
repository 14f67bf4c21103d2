import { t } from './text.js';
import type { Condition } from './types.js';

export const conditions: readonly Condition[] = [
  {
    id: 'psoas-syndrome',
    name: t('Psoas syndrome', 'Síndrome del psoas'),
    text: t(
      'A name for pain that comes from an overstrained or injured iliopsoas. The article describes it as a strain, tear or rupture of the muscle or its tendon. It causes pain in the hip area and often the lower back, and can make walking or lifting the leg hard.',
      'Nombre que se da al dolor causado por un iliopsoas sobrecargado o lesionado. El artículo lo describe como una distensión, un desgarro o una rotura del músculo o de su tendón. Provoca dolor en la zona de la cadera, a menudo también lumbar, y puede dificultar caminar o levantar la pierna.',
    ),
    seeProfessional: t(
      'See a doctor or physiotherapist if hip pain started with an injury, is severe, or makes walking difficult: a tear needs a proper diagnosis before any exercise.',
      'Ve a un médico o a un fisioterapeuta si el dolor de cadera empezó con una lesión, es intenso o te cuesta caminar: un desgarro necesita un diagnóstico antes de hacer ejercicio.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'iliopsoas-tendinitis',
    name: t('Iliopsoas tendinitis', 'Tendinitis del iliopsoas'),
    text: t(
      'Irritation and inflammation of the iliopsoas tendon where it crosses the front of the hip. It tends to follow repeated hip bending, as in running, cycling or kicking, and is felt as pain at the front of the hip or in the groin when lifting the leg.',
      'Irritación e inflamación del tendón del iliopsoas en la parte delantera de la cadera. Suele aparecer tras doblar la cadera de forma repetida, como al correr, ir en bici o dar patadas, y se nota como dolor en la parte delantera de la cadera o en la ingle al levantar la pierna.',
    ),
    seeProfessional: t(
      'If the pain lasts more than a couple of weeks or keeps coming back, have it assessed; a professional can adjust your training load.',
      'Si el dolor dura más de un par de semanas o reaparece, haz que te lo valoren; un profesional puede ajustar tu carga de entrenamiento.',
    ),
    sources: ['jimenez-weak-psoas', 'king-psoas-back-pain'],
  },
  {
    id: 'iliopsoas-bursitis',
    name: t('Iliopsoas bursitis', 'Bursitis del iliopsoas'),
    text: t(
      'A bursa is a small cushion of fluid that lets a tendon glide over bone. The one between the iliopsoas tendon and the front of the hip joint can become inflamed, causing pain, and sometimes swelling, at the front of the hip and groin. It often occurs together with tendinitis.',
      'Una bursa es un pequeño cojín de líquido que permite que un tendón se deslice sobre el hueso. La que está entre el tendón del iliopsoas y la parte delantera de la cadera puede inflamarse y causar dolor, a veces con hinchazón, en la parte delantera de la cadera y la ingle. A menudo aparece junto con la tendinitis.',
    ),
    seeProfessional: t(
      'Have it diagnosed before exercising the hip, and do not use a foam roller over it.',
      'Haz que te la diagnostiquen antes de ejercitar la cadera, y no uses el rodillo sobre la zona.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'piriformis-syndrome',
    name: t('Piriformis syndrome', 'Síndrome del piriforme'),
    text: t(
      'The piriformis is a small muscle deep in the buttock, and the large sciatic nerve runs close to it. When the muscle is tight or irritated it can press on the nerve, causing buttock pain that may run down the back of the leg. It is closely linked with psoas problems and is worth considering when looking for a diagnosis.',
      'El piriforme es un músculo pequeño situado en lo profundo del glúteo, junto al que pasa el gran nervio ciático. Cuando está tenso o irritado puede comprimir el nervio y causar dolor en el glúteo que a veces baja por la parte de atrás de la pierna. Está muy relacionado con los problemas del psoas y conviene tenerlo en cuenta al buscar un diagnóstico.',
    ),
    seeProfessional: t(
      'Pain, tingling or numbness running down the leg needs a professional assessment. Numbness between the legs or new trouble passing urine is an emergency.',
      'El dolor, el hormigueo o el entumecimiento que bajan por la pierna necesitan una valoración profesional. El entumecimiento entre las piernas o una dificultad nueva para orinar son una urgencia.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
];
