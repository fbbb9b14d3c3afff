import type { ImportField } from "./fields";
import { headerKey } from "./headers";

export type SourceId = "instagram" | "tiktok" | "youtube" | "shopify" | "other";

export interface SourceProfile {
  id: SourceId;
  label: string;
  /** The platform every row of this export is on ("" when each row says or the links tell). */
  platform: string;
  /** One export per creator's channel, without a handle column: the creator is asked or inferred. */
  perChannel: boolean;
  /** Field → header synonyms (English first, then German, Spanish, French, Portuguese). */
  fields: Partial<Record<ImportField, string[]>>;
}

const LIKES = ["Likes", "Total likes", "Me gusta", "Mag ich", "J'aime", "Curtidas", "Gefällt mir"];
const COMMENTS = ["Comments", "Kommentare", "Comentarios", "Commentaires", "Comentários"];
const SHARES = ["Shares", "Geteilt", "Geteilte Inhalte", "Veces compartido", "Compartidos", "Partages"];
const VIEWS = ["Views", "Aufrufe", "Visualizaciones", "Reproducciones", "Vues", "Visualizações"];
const TITLE = ["Video title", "Videotitel", "Título del vídeo", "Título del video", "Titre de la vidéo"];

const INSTAGRAM: SourceProfile = {
  id: "instagram",
  label: "Instagram (Meta Business Suite content export)",
  platform: "Instagram",
  perChannel: false,
  fields: {
    postId: ["Post ID", "Beitrags-ID", "ID de la publicación", "Identifiant de la publication"],
    handle: [
      "Account username",
      "Benutzername des Kontos",
      "Nombre de usuario de la cuenta",
      "Nom d'utilisateur du compte",
    ],
    caption: ["Description", "Beschreibung", "Descripción"],
    date: ["Publish time", "Veröffentlichungszeitpunkt", "Hora de publicación", "Heure de publication"],
    postUrl: ["Permalink", "Permanenter Link", "Enlace permanente", "Lien permanent"],
    // Meta replaced impressions with views in 2025, so Views (and an older export's Impressions) is the
    // count Posts' Impressions holds for Instagram. Reach counts accounts, not times shown: not imported.
    impressions: [...VIEWS, "Impressions", "Impressionen", "Impresiones"],
    likes: LIKES,
    comments: COMMENTS,
    shares: SHARES,
    saves: ["Saves", "Gespeichert", "Guardados", "Enregistrements"],
  },
};

const TIKTOK: SourceProfile = {
  id: "tiktok",
  label: "TikTok Studio (Content.csv)",
  platform: "TikTok",
  perChannel: true,
  fields: {
    exportedAt: ["Time", "Zeit", "Hora", "Heure"],
    caption: TITLE,
    postUrl: ["Video link", "Videolink", "Enlace del vídeo", "Lien de la vidéo"],
    date: ["Post time", "Veröffentlichungszeit", "Hora de publicación", "Heure de publication"],
    likes: ["Total likes", "Likes insgesamt", "Total de Me gusta", "Total des J'aime"],
    comments: ["Total comments", "Kommentare insgesamt", "Total de comentarios", "Total des commentaires"],
    shares: ["Total shares", "Geteilte Inhalte insgesamt", "Total de veces compartido", "Total des partages"],
    views: ["Total views", "Aufrufe insgesamt", "Total de visualizaciones", "Total des vues"],
  },
};

const YOUTUBE: SourceProfile = {
  id: "youtube",
  label: "YouTube Studio (Table data.csv)",
  platform: "YouTube",
  perChannel: true,
  fields: {
    postId: ["Content", "Inhalt", "Contenido", "Contenu"],
    caption: TITLE,
    date: [
      "Video publish time",
      "Veröffentlichungszeit des Videos",
      "Hora de publicación del vídeo",
      "Heure de publication de la vidéo",
    ],
    views: VIEWS,
    impressions: ["Impressions", "Impressionen", "Impresiones"],
    likes: LIKES,
    comments: ["Comments added", "Hinzugefügte Kommentare", "Comentarios añadidos", "Commentaires ajoutés"],
    shares: SHARES,
  },
};

const SHOPIFY: SourceProfile = {
  id: "shopify",
  label: "Shopify (Sales by discount code)",
  platform: "",
  perChannel: false,
  fields: {
    promoCode: ["Discount code", "Discount name", "Rabattcode", "Código de descuento", "Code de réduction"],
    promoRedemptions: ["Orders", "Bestellungen", "Pedidos", "Commandes"],
    // Net sales (after discounts and returns) is what the code earned; gross only when net is absent.
    revenue: [
      "Net sales",
      "Nettoumsatz",
      "Ventas netas",
      "Ventes nettes",
      "Gross sales",
      "Bruttoumsatz",
      "Ventas brutas",
      "Ventes brutes",
    ],
    date: ["Day", "Date", "Month", "Tag", "Datum", "Día", "Fecha", "Jour", "Mois"],
  },
};

/** Any other export or a team's own log: the Posts sheet's own headers and their synonyms. */
const OTHER: SourceProfile = {
  id: "other",
  label: "Other CSV (matched by header names)",
  platform: "",
  perChannel: false,
  fields: {
    date: ["Date", "Posted on", "Post date", "Published", "Date posted", "Publish time", "Datum", "Fecha"],
    handle: ["Handle", "Username", "IG handle", "Creator", "Creator handle", "Account", "Influencer"],
    campaign: ["Campaign", "Campaign name", "Kampagne", "Campaña", "Campagne"],
    platform: ["Platform", "Channel", "Network", "Plattform", "Plataforma", "Plateforme"],
    postUrl: ["Post URL", "URL", "Link", "Post link", "Permalink", "Enlace", "Lien"],
    caption: ["Caption", "Post caption", "Copy", "Text", "Description", "Beschreibung", "Descripción"],
    postId: ["Post ID", "Video ID", "Media ID"],
    impressions: ["Impressions", "Impr", "Instagram views", "IG views", "Impressionen", "Impresiones"],
    views: [...VIEWS, "Video views", "Plays"],
    likes: [...LIKES, "Hearts", "Reactions"],
    comments: [...COMMENTS, "Replies"],
    shares: [...SHARES, "Reposts", "Sends"],
    saves: ["Saves", "Bookmarks", "Gespeichert", "Guardados", "Enregistrements"],
    linkClicks: ["Link clicks", "Clicks", "Link taps", "Swipe ups", "Klicks", "Clics"],
    promoRedemptions: ["Promo redemptions", "Redemptions", "Code uses", "Conversions", "Orders"],
    revenue: ["Revenue", "Sales", "Attributed revenue", "Umsatz", "Ingresos", "Chiffre d'affaires"],
  },
};

/**
 * Headers that identify an export, each inner list one required column by its synonyms. Only the page
 * detects the source, so these stay out of the Apps Script bundle (detectSource is all that reads them).
 */
const SIGNATURES: Partial<Record<SourceId, string[][]>> = {
  instagram: [
    ["Permalink", "Permanenter Link", "Enlace permanente", "Lien permanent"],
    ["Publish time", "Veröffentlichungszeitpunkt", "Hora de publicación", "Heure de publication"],
  ],
  tiktok: [
    ["Video link", "Videolink", "Enlace del vídeo", "Lien de la vidéo"],
    ["Post time", "Total views", "Veröffentlichungszeit", "Hora de publicación", "Heure de publication"],
  ],
  youtube: [
    ["Content", "Inhalt", "Contenido", "Contenu"],
    [
      "Video publish time",
      "Video title",
      "Veröffentlichungszeit des Videos",
      "Hora de publicación del vídeo",
      "Heure de publication de la vidéo",
    ],
  ],
  shopify: [["Discount code", "Discount name", "Rabattcode", "Código de descuento", "Code de réduction"]],
};

export const SOURCES: readonly SourceProfile[] = [INSTAGRAM, TIKTOK, YOUTUBE, SHOPIFY, OTHER];

export function sourceProfile(id: SourceId): SourceProfile {
  return SOURCES.find((source) => source.id === id) ?? OTHER;
}

function hasColumn(keys: Set<string>, synonyms: string[]): boolean {
  return synonyms.some((synonym) => keys.has(headerKey(synonym)));
}

/** The export a header row comes from: the first named source whose signature columns are all there. */
export function detectSource(headers: string[]): SourceProfile {
  const keys = new Set(headers.map(headerKey));
  return (
    SOURCES.find((source) => SIGNATURES[source.id]?.every((synonyms) => hasColumn(keys, synonyms))) ?? OTHER
  );
}
