package dev.aiir.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** An {@code /incident} invocation as Discord sends it: the subcommand path and typed options. */
final class Slash {
  private final String group;
  private final String name;
  private final DataArray options = DataArray.empty();
  private final List<DiscordJson.Person> users = new ArrayList<>();

  private Slash(String group, String name) {
    this.group = group;
    this.name = name;
  }

  static Slash of(String name) {
    return new Slash(null, name);
  }

  static Slash of(String group, String name) {
    return new Slash(group, name);
  }

  Slash with(String option, String value) {
    options.add(DataObject.empty().put("name", option).put("type", 3).put("value", value));
    return this;
  }

  Slash with(String option, long value) {
    options.add(DataObject.empty().put("name", option).put("type", 4).put("value", value));
    return this;
  }

  Slash with(String option, DiscordJson.Person person) {
    options.add(DataObject.empty().put("name", option).put("type", 6).put("value", person.id()));
    users.add(person);
    return this;
  }

  DataArray options() {
    DataObject subcommand =
        DataObject.empty().put("name", name).put("type", 1).put("options", options);
    if (group == null) {
      return DataArray.empty().add(subcommand);
    }
    return DataArray.empty()
        .add(
            DataObject.empty()
                .put("name", group)
                .put("type", 2)
                .put("options", DataArray.empty().add(subcommand)));
  }

  /** The users and members Discord resolves for user options, or null when there are none. */
  DataObject resolved() {
    if (users.isEmpty()) {
      return null;
    }
    DataObject byUser = DataObject.empty();
    DataObject byMember = DataObject.empty();
    for (DiscordJson.Person person : users) {
      byUser.put(person.id(), person.user());
      DataObject member = person.member();
      member.remove("user");
      byMember.put(person.id(), member);
    }
    return DataObject.empty().put("users", byUser).put("members", byMember);
  }
}
