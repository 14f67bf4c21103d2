import { type ComponentType, lazy } from 'react';
import { HomePage } from './pages/HomePage.js';
import './offline/start.js';

export interface PageRoute {
  path: string;
  component: ComponentType;
  /** Key under common:nav.* when the page appears in the main navigation. */
  nav?: string;
}

/**
 * Every page of the app. Pages other than the home page load lazily so the first page ships
 * only what it needs. Each area adds its own lines.
 */
export const pageRoutes: PageRoute[] = [
  { path: '/', component: HomePage, nav: 'home' },
  {
    path: '/assessment',
    nav: 'assessment',
    component: lazy(() =>
      import('./pages/assessment/AssessmentPage.js').then((m) => ({ default: m.AssessmentPage })),
    ),
  },
  {
    path: '/assessment/result/:id',
    component: lazy(() =>
      import('./pages/assessment/ResultPage.js').then((m) => ({ default: m.ResultPage })),
    ),
  },
  {
    path: '/psoas',
    nav: 'psoas',
    component: lazy(() => import('./pages/learn/PsoasPage.js').then((m) => ({ default: m.PsoasPage }))),
  },
  {
    path: '/exercises',
    nav: 'exercises',
    component: lazy(() =>
      import('./pages/learn/ExerciseLibraryPage.js').then((m) => ({ default: m.ExerciseLibraryPage })),
    ),
  },
  {
    // The camera check (docs/movement.md): its pose model loads with this page only.
    path: '/check/:test',
    component: lazy(() => import('./pages/check/CheckPage.js').then((m) => ({ default: m.CheckPage }))),
  },
  {
    path: '/exercises/:id',
    component: lazy(() => import('./pages/learn/ExercisePage.js').then((m) => ({ default: m.ExercisePage }))),
  },
  {
    path: '/conditions',
    component: lazy(() =>
      import('./pages/learn/ConditionsPage.js').then((m) => ({ default: m.ConditionsPage })),
    ),
  },
  {
    path: '/treatments',
    component: lazy(() =>
      import('./pages/learn/TreatmentsPage.js').then((m) => ({ default: m.TreatmentsPage })),
    ),
  },
  {
    path: '/sources',
    component: lazy(() => import('./pages/learn/SourcesPage.js').then((m) => ({ default: m.SourcesPage }))),
  },
  {
    path: '/account',
    component: lazy(() => import('./pages/account/AccountPage.js').then((m) => ({ default: m.AccountPage }))),
    nav: 'account',
  },
  {
    path: '/account/verify',
    component: lazy(() =>
      import('./pages/account/VerifyEmailPage.js').then((m) => ({ default: m.VerifyEmailPage })),
    ),
  },
  {
    path: '/account/reset',
    component: lazy(() =>
      import('./pages/account/ResetPasswordPage.js').then((m) => ({ default: m.ResetPasswordPage })),
    ),
  },
  {
    path: '/programme',
    nav: 'programme',
    component: lazy(() =>
      import('./pages/programme/ProgrammePage.js').then((m) => ({ default: m.ProgrammePage })),
    ),
  },
  {
    path: '/programme/handout',
    component: lazy(() =>
      import('./pages/programme/ProgrammeHandoutPage.js').then((m) => ({ default: m.ProgrammeHandoutPage })),
    ),
  },
  {
    path: '/programme/session/:sessionId',
    component: lazy(() =>
      import('./pages/programme/SessionPage.js').then((m) => ({ default: m.SessionPage })),
    ),
  },
  {
    path: '/care',
    nav: 'care',
    component: lazy(() => import('./pages/care/CarePage.js').then((m) => ({ default: m.CarePage }))),
  },
  {
    path: '/care/waitlist/offer/:id',
    component: lazy(() =>
      import('./pages/care/WaitlistOfferPage.js').then((m) => ({ default: m.WaitlistOfferPage })),
    ),
  },
  {
    path: '/care/waitlist/leave/:id',
    component: lazy(() =>
      import('./pages/care/WaitlistLeavePage.js').then((m) => ({ default: m.WaitlistLeavePage })),
    ),
  },
  {
    path: '/care/booking/:id',
    component: lazy(() =>
      import('./pages/care/ManageBookingPage.js').then((m) => ({ default: m.ManageBookingPage })),
    ),
  },
  {
    path: '/messages',
    component: lazy(() =>
      import('./pages/messages/MessagesPage.js').then((m) => ({ default: m.MessagesPage })),
    ),
  },
  {
    path: '/messages/:clinicId',
    component: lazy(() => import('./pages/messages/ThreadPage.js').then((m) => ({ default: m.ThreadPage }))),
  },
  {
    path: '/privacy',
    component: lazy(() => import('./pages/legal/LegalPage.js').then((m) => ({ default: m.PrivacyPage }))),
  },
  {
    path: '/terms',
    component: lazy(() => import('./pages/legal/LegalPage.js').then((m) => ({ default: m.TermsPage }))),
  },
  {
    path: '/dev/figures',
    component: lazy(() =>
      import('./components/figure/FigureGalleryPage.js').then((m) => ({ default: m.FigureGalleryPage })),
    ),
  },
  {
    path: '/clinic',
    nav: 'clinic',
    // The first run while the installation has no clinic, then the staff dashboard.
    component: lazy(() =>
      import('./pages/onboarding/ClinicEntry.js').then((m) => ({ default: m.ClinicEntry })),
    ),
  },
  {
    path: '/clinic/join',
    component: lazy(() => import('./pages/onboarding/JoinPage.js').then((m) => ({ default: m.JoinPage }))),
  },
  {
    path: '/clinic/staff',
    component: lazy(() =>
      import('./pages/onboarding/StaffInvitePage.js').then((m) => ({ default: m.StaffInvitePage })),
    ),
  },
  {
    path: '/clinic/patients',
    component: lazy(() =>
      import('./pages/clinic/patients/PatientsPage.js').then((m) => ({ default: m.PatientsPage })),
    ),
  },
  {
    path: '/clinic/patients/:personId',
    component: lazy(() =>
      import('./pages/clinic/patients/PatientDetailPage.js').then((m) => ({ default: m.PatientDetailPage })),
    ),
  },
  {
    path: '/clinic/review/:clinicId/:patientId/handout',
    component: lazy(() =>
      import('./pages/clinic/review/HandoutPage.js').then((m) => ({ default: m.HandoutPage })),
    ),
  },
  {
    path: '/clinic/review/:clinicId/:patientId',
    component: lazy(() =>
      import('./pages/clinic/review/ReviewPage.js').then((m) => ({ default: m.ReviewPage })),
    ),
  },
  {
    path: '/progress',
    nav: 'progress',
    component: lazy(() =>
      import('./pages/progress/ProgressPage.js').then((m) => ({ default: m.ProgressPage })),
    ),
  },
  {
    path: '/progress/checkin',
    component: lazy(() =>
      import('./pages/progress/CheckinPage.js').then((m) => ({ default: m.CheckinPage })),
    ),
  },
  {
    path: '/progress/report',
    component: lazy(() => import('./pages/progress/ReportPage.js').then((m) => ({ default: m.ReportPage }))),
  },
];

export const lazyPage = (load: () => Promise<{ default: ComponentType }>) => lazy(load);
