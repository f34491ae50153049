/**
 * The municipality's profile (optional): 団体名 and 担当課, printed on the progress report and
 * used in the exported file's name. Saved with everything else; a failed save is shown right
 * below the field that failed (src/islands/shared/store.ts).
 */
import { countChange, useSavedState } from './shared/store';

const MAX = 100;

export default function ProfileForm() {
  const [profile, update] = useSavedState('profile');
  const set = (field: 'name' | 'department') => (e: Event) => {
    const v = [...(e.currentTarget as HTMLInputElement).value].slice(0, MAX).join('');
    update((p) => (p[field] === v ? p : { ...p, [field]: v }), { count: false });
  };
  return (
    <div class="profile-form" data-profile-form>
      <div class="tracker-field">
        <label for="profile-name">団体名（例：〇〇町）</label>
        <input type="text" id="profile-name" name="profile-name" maxLength={MAX} autoComplete="organization" value={profile.name} onInput={set('name')} onChange={countChange} />
      </div>
      <div class="tracker-field">
        <label for="profile-department">担当課（例：総務課）</label>
        <input type="text" id="profile-department" name="profile-department" maxLength={MAX} autoComplete="off" value={profile.department} onInput={set('department')} onChange={countChange} />
      </div>
    </div>
  );
}
