import { permanentRedirect } from "next/navigation";

// The reading paths became the study tracks; old links keep working.
export default function LearnPage() {
  permanentRedirect("/study");
}
